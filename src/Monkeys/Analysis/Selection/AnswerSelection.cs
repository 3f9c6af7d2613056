using Monkeys.Verification;

namespace Monkeys.Analysis.Selection;

/// <summary>
/// Picks one answer from a list of samples by majority vote, reward-model best-of-N or reward-weighted
/// vote, as compared by Brown et al. 2024, "Large Language Monkeys" (arXiv 2407.21787).
/// </summary>
/// <remarks>
/// <para>Rules shared by every method:</para>
/// <list type="bullet">
/// <item>A sample without an answer never wins: it casts no vote and best-of-N skips it. When no
/// sample has an answer the result is null, which counts as incorrect.</item>
/// <item>Vote ties (equal counts, or equal summed weights) go to the answer whose earliest sample in
/// the list comes first. Best-of-N ties (equal scores) go to the lowest sample index.</item>
/// <item>A pick is correct when the sample that stands for it is correct: the earliest sample of the
/// winning answer for votes, the top-scored sample for best-of-N.</item>
/// <item>Reward methods need a score on every sample that has an answer; a missing or NaN score
/// throws, naming the sample.</item>
/// </list>
/// <para>
/// This class is the reference implementation for one list. <see cref="SelectionSimulator"/> applies
/// the same rules to many random subsets quickly.
/// </para>
/// </remarks>
public static class AnswerSelection
{
    /// <summary>Picks an answer with <paramref name="method"/>.</summary>
    /// <param name="method">Selection method.</param>
    /// <param name="samples">Samples in index order.</param>
    /// <param name="equivalence">Answer equivalence for votes; null compares strings exactly.</param>
    /// <param name="scoreKind">How reward scores become vote weights.</param>
    /// <returns>The pick, or null when no sample has an answer.</returns>
    /// <exception cref="ArgumentException">A reward method meets an answered sample without a finite score.</exception>
    public static SelectedAnswer? Select(
        SelectionMethod method,
        IReadOnlyList<SampleOutcome> samples,
        IAnswerEquivalence? equivalence = null,
        RewardScoreKind scoreKind = RewardScoreKind.LogProbability)
    {
        return method switch
        {
            SelectionMethod.MajorityVote => MajorityVote(samples, equivalence),
            SelectionMethod.RewardBestOfN => RewardBestOfN(samples),
            SelectionMethod.RewardWeightedVote => RewardWeightedVote(samples, equivalence, scoreKind),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown selection method."),
        };
    }

    /// <summary>Picks the answer given by the most samples.</summary>
    /// <param name="samples">Samples in index order.</param>
    /// <param name="equivalence">Answer equivalence; null compares strings exactly.</param>
    /// <returns>The pick, or null when no sample has an answer.</returns>
    public static SelectedAnswer? MajorityVote(IReadOnlyList<SampleOutcome> samples, IAnswerEquivalence? equivalence = null)
    {
        AnswerClusters clusters = AnswerClusters.Build(samples, equivalence);
        var votes = new double[clusters.Count];
        for (int i = 0; i < samples.Count; i++)
        {
            int cluster = clusters.ClusterOf(i);
            if (cluster != AnswerClusters.NoAnswer)
            {
                votes[cluster] += 1;
            }
        }

        return PickCluster(samples, clusters, votes);
    }

    /// <summary>Picks the answer of the sample with the highest reward score.</summary>
    /// <param name="samples">Samples in index order; every answered sample needs a score.</param>
    /// <returns>The pick, or null when no sample has an answer.</returns>
    /// <exception cref="ArgumentException">An answered sample has no finite score.</exception>
    public static SelectedAnswer? RewardBestOfN(IReadOnlyList<SampleOutcome> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);

        int best = -1;
        double bestScore = double.NegativeInfinity;
        for (int i = 0; i < samples.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(samples[i].Answer))
            {
                continue;
            }

            double score = RequireScore(samples[i], i);
            if (best < 0 || score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best < 0 ? null : new SelectedAnswer(samples[best].Answer!, best, samples[best].IsCorrect, 1, bestScore);
    }

    /// <summary>Picks the answer whose samples have the largest summed weight.</summary>
    /// <param name="samples">Samples in index order; every answered sample needs a score.</param>
    /// <param name="equivalence">Answer equivalence; null compares strings exactly.</param>
    /// <param name="scoreKind">How a score becomes a weight.</param>
    /// <returns>The pick, or null when no sample has an answer.</returns>
    /// <exception cref="ArgumentException">An answered sample has no finite score.</exception>
    public static SelectedAnswer? RewardWeightedVote(
        IReadOnlyList<SampleOutcome> samples,
        IAnswerEquivalence? equivalence = null,
        RewardScoreKind scoreKind = RewardScoreKind.LogProbability)
    {
        AnswerClusters clusters = AnswerClusters.Build(samples, equivalence);
        var weights = new double[clusters.Count];
        for (int i = 0; i < samples.Count; i++)
        {
            int cluster = clusters.ClusterOf(i);
            if (cluster != AnswerClusters.NoAnswer)
            {
                weights[cluster] += Weight(RequireScore(samples[i], i), scoreKind);
            }
        }

        return PickCluster(samples, clusters, weights);
    }

    /// <summary>Turns a reward score into a vote weight.</summary>
    /// <param name="score">Reward score.</param>
    /// <param name="scoreKind">How to read the score.</param>
    public static double Weight(double score, RewardScoreKind scoreKind) =>
        scoreKind == RewardScoreKind.LogProbability ? Math.Exp(score) : score;

    internal static double RequireScore(SampleOutcome sample, int index)
    {
        if (sample.RewardScore is not double score || !double.IsFinite(score))
        {
            string shown = sample.RewardScore?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "missing";
            throw new ArgumentException(
                $"Sample {index} has an answer but its reward score is {shown}; reward-based selection needs a finite score on every answered sample. "
                + "Score the samples with a reward model first, or use majority vote.");
        }

        return score;
    }

    // Clusters are numbered by first sample, so scanning in cluster order and keeping the first
    // maximum applies the tie rule.
    private static SelectedAnswer? PickCluster(IReadOnlyList<SampleOutcome> samples, AnswerClusters clusters, double[] totals)
    {
        int winner = -1;
        for (int cluster = 0; cluster < totals.Length; cluster++)
        {
            if (winner < 0 || totals[cluster] > totals[winner])
            {
                winner = cluster;
            }
        }

        if (winner < 0)
        {
            return null;
        }

        int first = clusters.FirstSample(winner);
        int votes = 0;
        for (int i = 0; i < samples.Count; i++)
        {
            if (clusters.ClusterOf(i) == winner)
            {
                votes++;
            }
        }

        return new SelectedAnswer(clusters.Representative(winner), first, samples[first].IsCorrect, votes, totals[winner]);
    }
}
