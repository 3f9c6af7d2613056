using Monkeys.Analysis.Curves;
using Monkeys.Coverage;
using ScottPlot;

namespace Monkeys.Figures;

/// <summary>Builds coverage against k (log axis) for several runs on one figure, each with its bootstrap band.</summary>
public static class CoverageCurvesFigure
{
    /// <summary>Builds the figure.</summary>
    /// <param name="series">One or more labelled curves.</param>
    /// <param name="title">Title; none when null.</param>
    /// <exception cref="ArgumentException">No series, or a series without points.</exception>
    /// <exception cref="InvalidOperationException">No fonts are installed.</exception>
    public static Plot Create(IReadOnlyList<CoverageSeries> series, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("A coverage figure needs at least one series.", nameof(series));
        }

        Plot plot = FigureStyle.NewPlot();
        double maxLogK = 1;
        for (int s = 0; s < series.Count; s++)
        {
            IReadOnlyList<CoveragePoint> points = series[s].Points;
            if (points.Count == 0)
            {
                throw new ArgumentException($"Series '{series[s].Label}' has no points.", nameof(series));
            }

            FigureStyle.RequireFinite(points.Select(p => p.Coverage).ToArray(), series[s].Label, "coverage");
            FigureStyle.RequireFinite(points.Select(p => p.Lower).ToArray(), series[s].Label, "lower bound");
            FigureStyle.RequireFinite(points.Select(p => p.Upper).ToArray(), series[s].Label, "upper bound");

            Color color = FigureStyle.SeriesColor(s);
            double[] logK = points.Select(p => Math.Log10(p.K)).ToArray();
            var band = plot.Add.FillY(logK, points.Select(p => p.Lower).ToArray(), points.Select(p => p.Upper).ToArray());
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;

            var line = plot.Add.Scatter(logK, points.Select(p => p.Coverage).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = series[s].Label;
            maxLogK = Math.Max(maxLogK, logK[^1]);
        }

        FigureStyle.UseLogBottomAxis(plot);
        plot.Axes.SetLimits(-0.05 * maxLogK, maxLogK * 1.05, 0, 1.02);
        FigureStyle.Finish(plot, "samples per problem, k", "coverage", title);
        return plot;
    }
}
