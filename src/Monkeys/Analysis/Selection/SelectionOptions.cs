using Monkeys.Verification;

namespace Monkeys.Analysis.Selection;

/// <summary>Settings of <see cref="SelectionSimulator"/>.</summary>
public sealed record SelectionOptions
{
    /// <summary>Random k-subsets drawn per problem and budget; 100 as in Brown et al. 2024.</summary>
    public int Repetitions { get; init; } = 100;

    /// <summary>Seed of the subset draws; the same seed and input give the same result on any number of threads.</summary>
    public ulong Seed { get; init; }

    /// <summary>Answer equivalence for grouping votes; null compares answers as exact strings.</summary>
    public IAnswerEquivalence? Equivalence { get; init; }

    /// <summary>How reward scores become vote weights.</summary>
    public RewardScoreKind ScoreKind { get; init; } = RewardScoreKind.LogProbability;

    /// <summary>Worker threads; null uses every processor.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
