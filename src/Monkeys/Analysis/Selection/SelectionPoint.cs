namespace Monkeys.Analysis.Selection;

/// <summary>Coverage and the accuracy of each selection method at one budget.</summary>
/// <param name="K">Budget: samples per problem.</param>
/// <param name="Coverage">Fraction of problems with at least one correct sample among k (pass@k): what a perfect verifier would reach.</param>
/// <param name="MajorityVote">Accuracy of majority vote.</param>
/// <param name="RewardBestOfN">Accuracy of reward-model best-of-N; null when the samples carry no reward scores.</param>
/// <param name="RewardWeightedVote">Accuracy of the reward-weighted vote; null when the samples carry no reward scores.</param>
public sealed record SelectionPoint(
    int K,
    double Coverage,
    SelectionStatistic MajorityVote,
    SelectionStatistic? RewardBestOfN,
    SelectionStatistic? RewardWeightedVote)
{
    /// <summary>The method with the highest mean accuracy at this budget (majority vote wins ties).</summary>
    public SelectionMethod BestMethod
    {
        get
        {
            SelectionMethod best = SelectionMethod.MajorityVote;
            double bestMean = MajorityVote.Mean;
            if (RewardBestOfN is { } bestOfN && bestOfN.Mean > bestMean)
            {
                best = SelectionMethod.RewardBestOfN;
                bestMean = bestOfN.Mean;
            }

            if (RewardWeightedVote is { } weighted && weighted.Mean > bestMean)
            {
                best = SelectionMethod.RewardWeightedVote;
            }

            return best;
        }
    }

    /// <summary>Mean accuracy of <see cref="BestMethod"/>.</summary>
    public double BestMean => BestMethod switch
    {
        SelectionMethod.RewardBestOfN => RewardBestOfN!.Value.Mean,
        SelectionMethod.RewardWeightedVote => RewardWeightedVote!.Value.Mean,
        _ => MajorityVote.Mean,
    };

    /// <summary>Coverage minus the best method's mean accuracy: what a perfect verifier would add.</summary>
    public double Gap => Coverage - BestMean;
}
