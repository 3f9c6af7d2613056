namespace Monkeys.Analysis.Fits;

/// <summary>Observed coverage of one run with its power-law fit.</summary>
/// <param name="Label">Legend text, for example the model and task.</param>
/// <param name="Observed">Coverage points the fit was made on.</param>
/// <param name="Fit">The fit.</param>
public sealed record FittedCurve(string Label, IReadOnlyList<ObservedCoverage> Observed, PowerLawFit Fit);
