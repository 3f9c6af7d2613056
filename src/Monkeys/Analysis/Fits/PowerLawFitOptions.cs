namespace Monkeys.Analysis.Fits;

/// <summary>Settings of <see cref="PowerLawFitter"/>.</summary>
public sealed record PowerLawFitOptions
{
    /// <summary>Number of log-spaced budgets the fit uses between 1 and N; 40 as in Brown et al. 2024.</summary>
    public int PointCount { get; init; } = 40;

    /// <summary>Confidence level of every interval the fit reports, in (0, 1).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>
    /// RMSE in coverage (a fraction, not percent) above which the fit is flagged as poor. The default,
    /// 0.02 (two percentage points), is this library's choice: Brown et al. 2024 judge their fits by
    /// eye and give no threshold.
    /// </summary>
    public double PoorFitRmseThreshold { get; init; } = 0.02;

    /// <summary>Iteration limit of the Levenberg–Marquardt minimiser.</summary>
    public int MaxIterations { get; init; } = 1000;
}
