namespace Monkeys.Coverage;

/// <summary>Coverage at one budget with its bootstrap confidence interval over problems.</summary>
/// <param name="K">Budget: samples per problem the estimate assumes.</param>
/// <param name="Coverage">Mean pass@k over problems, in [0, 1].</param>
/// <param name="Lower">Lower end of the percentile bootstrap interval.</param>
/// <param name="Upper">Upper end of the percentile bootstrap interval.</param>
public sealed record CoveragePoint(int K, double Coverage, double Lower, double Upper);
