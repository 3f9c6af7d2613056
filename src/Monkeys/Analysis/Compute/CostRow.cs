namespace Monkeys.Analysis.Compute;

/// <summary>One row of a dollar-cost table.</summary>
/// <param name="System">Name of the model or system.</param>
/// <param name="Attempts">Attempts per problem.</param>
/// <param name="PricePerAttempt">Price in US dollars of one attempt at one problem.</param>
/// <param name="SolveRate">Fraction of problems solved.</param>
/// <param name="TotalCost">Price per attempt × attempts × problems, in US dollars.</param>
/// <param name="CostPerSolvedProblem">Total cost divided by the number of solved problems; null when none is solved.</param>
public sealed record CostRow(
    string System,
    int Attempts,
    decimal PricePerAttempt,
    double SolveRate,
    decimal TotalCost,
    decimal? CostPerSolvedProblem);
