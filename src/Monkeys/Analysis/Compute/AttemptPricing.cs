namespace Monkeys.Analysis.Compute;

/// <summary>One system's price and result in a dollar-cost comparison.</summary>
/// <param name="System">Name of the model or system, for example "GPT-4o".</param>
/// <param name="Attempts">Attempts (samples) per problem, 1 or more.</param>
/// <param name="PricePerAttempt">Price in US dollars of one attempt at one problem, 0 or more.</param>
/// <param name="SolveRate">Fraction of problems solved with that many attempts, in [0, 1].</param>
public sealed record AttemptPricing(string System, int Attempts, decimal PricePerAttempt, double SolveRate);
