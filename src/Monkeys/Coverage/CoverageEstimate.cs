namespace Monkeys.Coverage;

/// <summary>Coverage at one budget without an interval: the mean pass@k over problems.</summary>
/// <param name="K">Budget: samples per problem the estimate assumes.</param>
/// <param name="Coverage">Mean pass@k over problems, in [0, 1].</param>
public sealed record CoverageEstimate(int K, double Coverage);
