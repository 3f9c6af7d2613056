namespace Monkeys.Analysis.Fits;

/// <summary>Coverage predicted by a fit at one budget, with a pointwise confidence interval.</summary>
/// <param name="K">Sample budget the prediction is for.</param>
/// <param name="Coverage">Predicted coverage, exp(a·k^b).</param>
/// <param name="Lower">Lower end of the interval.</param>
/// <param name="Upper">Upper end of the interval, at most 1.</param>
public readonly record struct CoveragePrediction(double K, double Coverage, double Lower, double Upper);
