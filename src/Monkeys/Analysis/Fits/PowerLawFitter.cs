using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Monkeys.Coverage;

namespace Monkeys.Analysis.Fits;

/// <summary>
/// Fits the exponentiated power law log c(k) ≈ a·k^b to a coverage curve by nonlinear least squares.
/// </summary>
/// <remarks>
/// <para>
/// Objective: minimise Σ_i (log c_i − a·k_i^b)² over (a, b), that is, least squares on log coverage, as
/// in Brown et al. 2024, "Large Language Monkeys" (arXiv 2407.21787), who fit 40 log-spaced k in
/// [1, N]. The minimiser is Math.NET's Levenberg–Marquardt with the analytic Jacobian
/// (k^b, a·k^b·ln k).
/// </para>
/// <para>
/// Start point: log(−log c) = log(−a) + b·log k is linear in log k, so a straight-line fit through
/// the points with 0 &lt; c &lt; 1 gives a and b directly when the data follow the law exactly.
/// </para>
/// <para>
/// Rejected input (thrown as <see cref="ArgumentException"/>): fewer than 3 distinct k, k &lt; 1,
/// coverage outside (0, 1] (log 0 is undefined, so an all-zero curve cannot be fitted), and a curve
/// equal to 1 everywhere (every b fits it). A minimiser that stops without converging does not
/// throw: the fit reports its <see cref="ExitCondition"/> and is flagged as poor.
/// </para>
/// </remarks>
public static class PowerLawFitter
{
    /// <summary>Fits the law to observed coverage points.</summary>
    /// <param name="points">Coverage at each budget; order does not matter.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">The points cannot be fitted (see the remarks of <see cref="PowerLawFitter"/>).</exception>
    public static PowerLawFit Fit(IReadOnlyList<ObservedCoverage> points, PowerLawFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        options ??= new PowerLawFitOptions();
        CheckPoints(points);

        double[] ks = points.Select(p => p.K).ToArray();
        double[] logCoverage = points.Select(p => Math.Log(p.Coverage)).ToArray();
        (double startA, double startB) = StartPoint(ks, logCoverage);

        IObjectiveModel objective = ObjectiveFunction.NonlinearModel(
            (parameters, k) => parameters[0] * Math.Pow(k, parameters[1]),
            (parameters, k) =>
            {
                double power = Math.Pow(k, parameters[1]);
                return Vector<double>.Build.Dense([power, parameters[0] * power * Math.Log(k)]);
            },
            Vector<double>.Build.Dense(ks),
            Vector<double>.Build.Dense(logCoverage));

        var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: options.MaxIterations);
        NonlinearMinimizationResult result = minimizer.FindMinimum(objective, Vector<double>.Build.Dense([startA, startB]));

        double a = result.MinimizingPoint[0];
        double b = result.MinimizingPoint[1];
        (double standardErrorA, double standardErrorB, double covariance) = Uncertainty(result);
        double rmse = CoverageRmse(points, a, b);

        string? poorReason = PoorFitReason(result.ReasonForExit, rmse, options.PoorFitRmseThreshold, a, b);
        return new PowerLawFit(
            a,
            b,
            standardErrorA,
            standardErrorB,
            covariance,
            rmse,
            points.Count,
            ks.Min(),
            ks.Max(),
            result.ReasonForExit,
            result.Iterations,
            options.Confidence,
            poorReason is not null,
            poorReason);
    }

    /// <summary>Fits the law to the points of a coverage curve, ignoring its bootstrap interval.</summary>
    /// <param name="curve">Coverage curve, for example on <see cref="KGrid.LogSpaced"/> with 40 points.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">The curve cannot be fitted (see the remarks of <see cref="PowerLawFitter"/>).</exception>
    public static PowerLawFit Fit(CoverageCurve curve, PowerLawFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        return Fit(curve.Points.Select(p => new ObservedCoverage(p.K, p.Coverage)).ToArray(), options);
    }

    /// <summary>
    /// Computes coverage at <see cref="PowerLawFitOptions.PointCount"/> log-spaced budgets in [1, N]
    /// from per-problem counts, then fits the law to it. N is the smallest sample count among the
    /// problems, because pass@k is undefined above a problem's sample count.
    /// </summary>
    /// <param name="problems">Sample and correct counts per problem.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <exception cref="ArgumentException">The list is empty, or the curve cannot be fitted.</exception>
    public static PowerLawFit FitCounts(IReadOnlyList<ProblemCounts> problems, PowerLawFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("Cannot fit a power law: the problem list is empty.", nameof(problems));
        }

        options ??= new PowerLawFitOptions();
        int sampleCount = problems.Min(p => p.SampleCount);
        IReadOnlyList<int> budgets = KGrid.LogSpaced(sampleCount, options.PointCount);
        IReadOnlyList<CoverageEstimate> estimates = CoverageCurve.Estimate(problems, budgets);
        return Fit(estimates.Select(e => new ObservedCoverage(e.K, e.Coverage)).ToArray(), options);
    }

    private static void CheckPoints(IReadOnlyList<ObservedCoverage> points)
    {
        foreach (ObservedCoverage point in points)
        {
            if (double.IsNaN(point.K) || double.IsInfinity(point.K) || point.K < 1)
            {
                throw new ArgumentException(
                    $"Cannot fit a power law: k = {Format(point.K)} is not a finite budget of at least 1.", nameof(points));
            }

            if (double.IsNaN(point.Coverage) || point.Coverage <= 0 || point.Coverage > 1)
            {
                throw new ArgumentException(
                    $"Cannot fit a power law: coverage at k = {Format(point.K)} is {Format(point.Coverage)}, outside (0, 1]; "
                    + "log coverage is undefined at 0, so fit only curves where at least one problem is solved.",
                    nameof(points));
            }
        }

        int distinct = points.Select(p => p.K).Distinct().Count();
        if (distinct < 3)
        {
            throw new ArgumentException(
                $"Cannot fit a power law: it has 2 parameters and needs at least 3 distinct k, but got {distinct}. "
                + "Draw more samples or use more budgets.",
                nameof(points));
        }

        if (points.All(p => p.Coverage == 1.0))
        {
            throw new ArgumentException(
                "Cannot fit a power law: coverage is 1 at every k, so log coverage is 0 everywhere and every b fits equally. "
                + "Every problem is already solved; there is no curve to extrapolate.",
                nameof(points));
        }
    }

    private static (double A, double B) StartPoint(double[] ks, double[] logCoverage)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (int i = 0; i < ks.Length; i++)
        {
            if (logCoverage[i] < 0)
            {
                xs.Add(Math.Log(ks[i]));
                ys.Add(Math.Log(-logCoverage[i]));
            }
        }

        if (xs.Distinct().Count() < 2)
        {
            // One usable point: start from a flat-ish decay through it.
            return (logCoverage.Min(), -0.5);
        }

        (double intercept, double slope) = MathNet.Numerics.Fit.Line(xs.ToArray(), ys.ToArray());
        return (-Math.Exp(intercept), slope);
    }

    private static (double StandardErrorA, double StandardErrorB, double Covariance) Uncertainty(NonlinearMinimizationResult result)
    {
        // Math.NET leaves the covariance null when JᵀJ is singular; report infinite uncertainty then.
        if (result.Covariance is null || result.StandardErrors is null)
        {
            return (double.PositiveInfinity, double.PositiveInfinity, 0);
        }

        return (result.StandardErrors[0], result.StandardErrors[1], result.Covariance[0, 1]);
    }

    private static double CoverageRmse(IReadOnlyList<ObservedCoverage> points, double a, double b)
    {
        double sum = 0;
        foreach (ObservedCoverage point in points)
        {
            double difference = Math.Exp(a * Math.Pow(point.K, b)) - point.Coverage;
            sum += difference * difference;
        }

        return Math.Sqrt(sum / points.Count);
    }

    private static string? PoorFitReason(ExitCondition exit, double rmse, double threshold, double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b) || double.IsNaN(rmse))
        {
            return "the minimiser produced invalid (NaN) parameters";
        }

        bool converged = exit is ExitCondition.Converged or ExitCondition.RelativeGradient
            or ExitCondition.AbsoluteGradient or ExitCondition.RelativePoints or ExitCondition.LackOfProgress;
        if (!converged)
        {
            return $"the minimiser stopped with {exit} before converging";
        }

        if (rmse > threshold)
        {
            return $"RMSE in coverage is {rmse.ToString("F4", CultureInfo.InvariantCulture)}, above the threshold {threshold.ToString("F4", CultureInfo.InvariantCulture)}";
        }

        return null;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
