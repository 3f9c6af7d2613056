namespace Monkeys.Analysis.Fits;

/// <summary>
/// Number of samples a fit predicts for reaching a target coverage, with a confidence interval, or
/// the reason it cannot predict one.
/// </summary>
/// <param name="TargetCoverage">Coverage asked for, in (0, 1).</param>
/// <param name="IsReachable">False when the fitted curve never reaches the target (the reason is in <paramref name="Reason"/>).</param>
/// <param name="Samples">Predicted budget k; may be below 1 when the target is already passed at k = 1. Null when unreachable.</param>
/// <param name="Lower">Lower end of the interval for k; null when unreachable.</param>
/// <param name="Upper">Upper end of the interval for k; null when unreachable.</param>
/// <param name="Reason">Why no budget was predicted; null when <paramref name="IsReachable"/> is true.</param>
public sealed record SampleBudgetEstimate(
    double TargetCoverage,
    bool IsReachable,
    double? Samples,
    double? Lower,
    double? Upper,
    string? Reason);
