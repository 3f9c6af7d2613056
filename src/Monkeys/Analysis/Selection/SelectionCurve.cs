namespace Monkeys.Analysis.Selection;

/// <summary>Selection accuracy and coverage at every budget of a grid for one problem set.</summary>
/// <param name="Points">One point per budget, in grid order.</param>
/// <param name="ProblemCount">Problems averaged over.</param>
/// <param name="Repetitions">Random subsets drawn per problem and budget.</param>
/// <param name="Seed">Seed of the subset draws.</param>
/// <param name="HasRewardScores">Whether the reward methods were evaluated.</param>
public sealed record SelectionCurve(
    IReadOnlyList<SelectionPoint> Points,
    int ProblemCount,
    int Repetitions,
    ulong Seed,
    bool HasRewardScores);
