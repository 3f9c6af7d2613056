using System.Globalization;
using Monkeys.Analysis.Fits;
using ScottPlot;

namespace Monkeys.Figures;

/// <summary>
/// Builds observed coverage with its exponentiated power-law fit, solid over the fitted k range and
/// dashed beyond it, with the fit's confidence band, on a log k axis.
/// </summary>
public static class PowerLawFitFigure
{
    private const int CurveSteps = 120;

    /// <summary>Builds the figure.</summary>
    /// <param name="curves">One or more runs with their fits.</param>
    /// <param name="extrapolateTo">Largest k to draw the fit to; at least every fit's largest fitted k.</param>
    /// <param name="title">Title; none when null.</param>
    /// <exception cref="ArgumentException">No curves, or a curve without observed points.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="extrapolateTo"/> is below a fit's largest fitted k.</exception>
    /// <exception cref="InvalidOperationException">No fonts are installed.</exception>
    public static Plot Create(IReadOnlyList<FittedCurve> curves, double extrapolateTo, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        if (curves.Count == 0)
        {
            throw new ArgumentException("A fit figure needs at least one fitted curve.", nameof(curves));
        }

        double maxFitted = curves.Max(c => c.Fit.MaxK);
        Common.Guard.InRange(extrapolateTo, maxFitted, double.MaxValue, "draw the fit at least over the fitted range");

        Plot plot = FigureStyle.NewPlot();
        for (int s = 0; s < curves.Count; s++)
        {
            AddCurve(plot, curves[s], extrapolateTo, FigureStyle.SeriesColor(s));
        }

        double right = Math.Log10(extrapolateTo);
        plot.Axes.SetLimits(-0.05 * right, right * 1.03, 0, 1.02);
        FigureStyle.UseLogBottomAxis(plot);
        FigureStyle.Finish(plot, "samples per problem, k", "coverage", title);
        return plot;
    }

    private static void AddCurve(Plot plot, FittedCurve curve, double extrapolateTo, Color color)
    {
        if (curve.Observed.Count == 0)
        {
            throw new ArgumentException($"Curve '{curve.Label}' has no observed points.", nameof(curve));
        }

        PowerLawFit fit = curve.Fit;
        FigureStyle.RequireFinite([fit.A, fit.B], curve.Label, "fit parameter (a, b)");
        FigureStyle.RequireFinite(curve.Observed.Select(p => p.Coverage).ToArray(), curve.Label, "observed coverage");

        // Band over the whole drawn range, so the growth of uncertainty beyond the data is visible.
        double[] bandLogK = LogGrid(fit.MinK, extrapolateTo);
        CoveragePrediction[] predictions = bandLogK.Select(logK => fit.Extrapolate(Math.Pow(10, logK))).ToArray();
        var band = plot.Add.FillY(bandLogK, predictions.Select(p => p.Lower).ToArray(), predictions.Select(p => p.Upper).ToArray());
        band.FillColor = color.WithAlpha(0.15);
        band.LineWidth = 0;
        band.LegendText = string.Create(CultureInfo.InvariantCulture, $"{fit.Confidence * 100:0.#} % interval of the fit");

        var observed = plot.Add.ScatterPoints(
            curve.Observed.Select(p => Math.Log10(p.K)).ToArray(),
            curve.Observed.Select(p => p.Coverage).ToArray());
        observed.Color = color;
        observed.MarkerSize = 6;
        observed.LegendText = curve.Label;

        double[] fittedLogK = LogGrid(fit.MinK, fit.MaxK);
        var fitted = plot.Add.ScatterLine(fittedLogK, fittedLogK.Select(logK => fit.Coverage(Math.Pow(10, logK))).ToArray());
        fitted.Color = color;
        fitted.LineWidth = 2;
        fitted.LegendText = FitLabel(fit);

        if (extrapolateTo > fit.MaxK)
        {
            double[] beyondLogK = LogGrid(fit.MaxK, extrapolateTo);
            var beyond = plot.Add.ScatterLine(beyondLogK, beyondLogK.Select(logK => fit.Coverage(Math.Pow(10, logK))).ToArray());
            beyond.Color = color;
            beyond.LineWidth = 2;
            beyond.LinePattern = LinePattern.Dashed;
        }
    }

    private static string FitLabel(PowerLawFit fit)
    {
        string text = string.Create(
            CultureInfo.InvariantCulture,
            $"fit: a = {fit.A:0.###}, b = {fit.B:0.###}, RMSE {fit.RmseCoverage:0.####}");
        return fit.IsPoorFit ? text + " (poor fit)" : text;
    }

    private static double[] LogGrid(double from, double to)
    {
        double start = Math.Log10(from);
        double end = Math.Log10(to);
        return Enumerable.Range(0, CurveSteps + 1).Select(i => start + ((end - start) * i / CurveSteps)).ToArray();
    }
}
