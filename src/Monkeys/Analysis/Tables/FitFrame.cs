using Microsoft.Data.Analysis;
using Monkeys.Analysis.Families;
using Monkeys.Analysis.Fits;

namespace Monkeys.Analysis.Tables;

/// <summary>Builds the tables of power-law fits: parameters, extrapolations and sample budgets.</summary>
public static class FitFrame
{
    /// <summary>Builds one row per fit: model, a, se_a, b, se_b, rmse_coverage, points, max_k, exit_condition, iterations, poor_fit, poor_fit_reason.</summary>
    /// <param name="fits">Named fits.</param>
    public static DataFrame Build(IReadOnlyList<NamedFit> fits)
    {
        ArgumentNullException.ThrowIfNull(fits);
        return new DataFrame(
            new StringDataFrameColumn("model", fits.Select(f => f.Model)),
            new DoubleDataFrameColumn("a", fits.Select(f => (double?)f.Fit.A)),
            new DoubleDataFrameColumn("se_a", fits.Select(f => (double?)f.Fit.StandardErrorA)),
            new DoubleDataFrameColumn("b", fits.Select(f => (double?)f.Fit.B)),
            new DoubleDataFrameColumn("se_b", fits.Select(f => (double?)f.Fit.StandardErrorB)),
            new DoubleDataFrameColumn("rmse_coverage", fits.Select(f => (double?)f.Fit.RmseCoverage)),
            new Int32DataFrameColumn("points", fits.Select(f => (int?)f.Fit.PointCount)),
            new DoubleDataFrameColumn("max_k", fits.Select(f => (double?)f.Fit.MaxK)),
            new StringDataFrameColumn("exit_condition", fits.Select(f => f.Fit.ExitCondition.ToString())),
            new Int32DataFrameColumn("iterations", fits.Select(f => (int?)f.Fit.Iterations)),
            new BooleanDataFrameColumn("poor_fit", fits.Select(f => (bool?)f.Fit.IsPoorFit)),
            new StringDataFrameColumn("poor_fit_reason", fits.Select(f => f.Fit.PoorFitReason ?? string.Empty)));
    }

    /// <summary>Builds predicted coverage with its interval at each budget: k, coverage, lower, upper, extrapolated.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="ks">Budgets to predict at, each positive.</param>
    public static DataFrame Extrapolation(PowerLawFit fit, IReadOnlyList<double> ks)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(ks);

        CoveragePrediction[] predictions = ks.Select(fit.Extrapolate).ToArray();
        return new DataFrame(
            new DoubleDataFrameColumn("k", predictions.Select(p => (double?)p.K)),
            new DoubleDataFrameColumn("coverage", predictions.Select(p => (double?)p.Coverage)),
            new DoubleDataFrameColumn("lower", predictions.Select(p => (double?)p.Lower)),
            new DoubleDataFrameColumn("upper", predictions.Select(p => (double?)p.Upper)),
            new BooleanDataFrameColumn("extrapolated", predictions.Select(p => (bool?)(p.K > fit.MaxK))));
    }

    /// <summary>Builds the samples needed for each target coverage: target, reachable, samples, lower, upper, reason.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="targets">Target coverages, each strictly between 0 and 1.</param>
    public static DataFrame SampleBudgets(PowerLawFit fit, IReadOnlyList<double> targets)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(targets);

        SampleBudgetEstimate[] estimates = targets.Select(fit.SamplesForCoverage).ToArray();
        return new DataFrame(
            new DoubleDataFrameColumn("target", estimates.Select(e => (double?)e.TargetCoverage)),
            new BooleanDataFrameColumn("reachable", estimates.Select(e => (bool?)e.IsReachable)),
            new DoubleDataFrameColumn("samples", estimates.Select(e => e.Samples)),
            new DoubleDataFrameColumn("lower", estimates.Select(e => e.Lower)),
            new DoubleDataFrameColumn("upper", estimates.Select(e => e.Upper)),
            new StringDataFrameColumn("reason", estimates.Select(e => e.Reason ?? string.Empty)));
    }
}
