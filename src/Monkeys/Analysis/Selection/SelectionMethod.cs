namespace Monkeys.Analysis.Selection;

/// <summary>Ways of picking one answer from k samples without a perfect verifier.</summary>
public enum SelectionMethod
{
    /// <summary>The answer given by the most samples, with equivalent answers counted together.</summary>
    MajorityVote,

    /// <summary>The answer of the single sample with the highest reward score.</summary>
    RewardBestOfN,

    /// <summary>The answer whose samples have the largest summed reward weight.</summary>
    RewardWeightedVote,
}
