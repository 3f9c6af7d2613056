using MathNet.Numerics.Distributions;
using MathNet.Numerics.Optimization;
using Monkeys.Common;

namespace Monkeys.Analysis.Fits;

/// <summary>
/// Exponentiated power law fitted to a coverage curve: log c(k) ≈ a·k^b, so c(k) ≈ exp(a·k^b).
/// Parameters are returned in the order (a, b).
/// </summary>
/// <remarks>
/// For a curve that rises with k, a &lt; 0 (a = log c(1) when the fit is exact) and b &lt; 0.
/// Intervals come from the delta method on the parameters' covariance with a Student t quantile
/// on <see cref="PointCount"/> − 2 degrees of freedom; they describe the fit's parameter
/// uncertainty only, not the sampling noise of a new run.
/// </remarks>
/// <param name="A">Fitted a.</param>
/// <param name="B">Fitted b.</param>
/// <param name="StandardErrorA">Standard error of a.</param>
/// <param name="StandardErrorB">Standard error of b.</param>
/// <param name="CovarianceAB">Covariance of a and b.</param>
/// <param name="RmseCoverage">Root mean square difference between exp(a·k^b) and the observed coverage, in coverage units (a fraction).</param>
/// <param name="PointCount">Number of points the fit used.</param>
/// <param name="MinK">Smallest budget among the points.</param>
/// <param name="MaxK">Largest budget among the points; predictions beyond it are extrapolations.</param>
/// <param name="ExitCondition">How the Levenberg–Marquardt minimiser ended.</param>
/// <param name="Iterations">Iterations the minimiser used.</param>
/// <param name="Confidence">Confidence level of every interval this fit reports.</param>
/// <param name="IsPoorFit">True when the RMSE exceeds the threshold of <see cref="PowerLawFitOptions.PoorFitRmseThreshold"/> or the minimiser did not converge.</param>
/// <param name="PoorFitReason">Why the fit is poor; null when it is not.</param>
public sealed record PowerLawFit(
    double A,
    double B,
    double StandardErrorA,
    double StandardErrorB,
    double CovarianceAB,
    double RmseCoverage,
    int PointCount,
    double MinK,
    double MaxK,
    ExitCondition ExitCondition,
    int Iterations,
    double Confidence,
    bool IsPoorFit,
    string? PoorFitReason)
{
    /// <summary>Evaluates the fitted log coverage a·k^b.</summary>
    /// <param name="k">Budget, greater than 0.</param>
    public double LogCoverage(double k) => A * Math.Pow(k, B);

    /// <summary>Evaluates the fitted coverage exp(a·k^b).</summary>
    /// <param name="k">Budget, greater than 0.</param>
    public double Coverage(double k) => Math.Exp(LogCoverage(k));

    /// <summary>
    /// Predicts coverage at budget <paramref name="k"/> with a pointwise interval, inside or beyond the
    /// fitted range.
    /// </summary>
    /// <param name="k">Budget, greater than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not a positive finite number.</exception>
    public CoveragePrediction Extrapolate(double k)
    {
        Guard.InRange(k, double.Epsilon, double.MaxValue, "k must be a positive budget");

        // Delta method: the gradient of a·k^b with respect to (a, b) is (k^b, a·k^b·ln k).
        double power = Math.Pow(k, B);
        double logCoverage = A * power;
        double gradientA = power;
        double gradientB = logCoverage * Math.Log(k);
        double variance = (gradientA * gradientA * StandardErrorA * StandardErrorA)
            + (2 * gradientA * gradientB * CovarianceAB)
            + (gradientB * gradientB * StandardErrorB * StandardErrorB);
        double halfWidth = Quantile() * Math.Sqrt(Math.Max(variance, 0));

        return new CoveragePrediction(
            k,
            Math.Exp(logCoverage),
            Math.Exp(logCoverage - halfWidth),
            Math.Min(1.0, Math.Exp(logCoverage + halfWidth)));
    }

    /// <summary>
    /// Predicts how many samples reach <paramref name="targetCoverage"/>: k = (log X / a)^(1/b), with an
    /// interval from the delta method on log k.
    /// </summary>
    /// <param name="targetCoverage">Target coverage X, strictly between 0 and 1.</param>
    /// <returns>The budget and its interval, or an unreachable estimate with the reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is not strictly between 0 and 1.</exception>
    public SampleBudgetEstimate SamplesForCoverage(double targetCoverage)
    {
        if (double.IsNaN(targetCoverage) || targetCoverage <= 0 || targetCoverage >= 1)
        {
            throw Guard.OutOfRange(
                nameof(targetCoverage),
                targetCoverage.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                "greater than 0 and less than 1",
                "coverage 1 is only reached as k goes to infinity");
        }

        if (A >= 0)
        {
            return Unreachable(targetCoverage, $"a = {A:G4} is not negative, so the fitted coverage is at least 1 or does not describe a rising curve");
        }

        if (B >= 0)
        {
            return Unreachable(targetCoverage, $"b = {B:G4} is not negative, so the fitted coverage does not rise with k");
        }

        // log k = ln(ln X / a) / b; both logs are of positive numbers because ln X < 0 and a < 0.
        double ratioLog = Math.Log(Math.Log(targetCoverage) / A);
        double logK = ratioLog / B;
        double gradientA = -1.0 / (A * B);
        double gradientB = -ratioLog / (B * B);
        double variance = (gradientA * gradientA * StandardErrorA * StandardErrorA)
            + (2 * gradientA * gradientB * CovarianceAB)
            + (gradientB * gradientB * StandardErrorB * StandardErrorB);
        double halfWidth = Quantile() * Math.Sqrt(Math.Max(variance, 0));

        return new SampleBudgetEstimate(
            targetCoverage,
            IsReachable: true,
            Samples: Math.Exp(logK),
            Lower: Math.Exp(logK - halfWidth),
            Upper: Math.Exp(logK + halfWidth),
            Reason: null);
    }

    private double Quantile()
    {
        int degreesOfFreedom = Math.Max(PointCount - 2, 1);
        return StudentT.InvCDF(0, 1, degreesOfFreedom, 0.5 + (Confidence / 2));
    }

    private static SampleBudgetEstimate Unreachable(double target, string reason) =>
        new(target, IsReachable: false, Samples: null, Lower: null, Upper: null, Reason: reason);
}
