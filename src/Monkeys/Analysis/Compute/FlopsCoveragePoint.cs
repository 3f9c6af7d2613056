namespace Monkeys.Analysis.Compute;

/// <summary>Coverage at one budget paired with the total inference FLOPs that budget costs.</summary>
/// <param name="K">Budget: samples per problem.</param>
/// <param name="Flops">Expected total FLOPs over all problems at this budget.</param>
/// <param name="Coverage">Coverage at this budget, a fraction in [0, 1].</param>
/// <param name="Lower">Lower end of the coverage interval (equal to <paramref name="Coverage"/> when the curve has none).</param>
/// <param name="Upper">Upper end of the coverage interval (equal to <paramref name="Coverage"/> when the curve has none).</param>
public sealed record FlopsCoveragePoint(int K, double Flops, double Coverage, double Lower, double Upper);
