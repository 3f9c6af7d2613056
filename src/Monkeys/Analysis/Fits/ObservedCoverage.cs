namespace Monkeys.Analysis.Fits;

/// <summary>One point of a coverage curve: the fraction of problems solved by at least one of k samples.</summary>
/// <param name="K">Sample budget k, at least 1.</param>
/// <param name="Coverage">Coverage at <paramref name="K"/>, a fraction in [0, 1].</param>
public readonly record struct ObservedCoverage(double K, double Coverage);
