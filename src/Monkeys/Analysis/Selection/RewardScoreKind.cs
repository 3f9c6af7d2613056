namespace Monkeys.Analysis.Selection;

/// <summary>How to turn a reward score into a vote weight for <see cref="SelectionMethod.RewardWeightedVote"/>.</summary>
public enum RewardScoreKind
{
    /// <summary>The score is a log-probability of being correct (as the verifier-model scorer writes); the weight is exp(score).</summary>
    /// <remarks>Summing raw log-probabilities would make every extra vote lower an answer's total, so they are turned into probabilities first.</remarks>
    LogProbability,

    /// <summary>The score is used as the weight unchanged, for reward models whose scores are already non-negative weights.</summary>
    Raw,
}
