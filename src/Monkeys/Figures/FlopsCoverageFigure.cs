using Monkeys.Analysis.Compute;
using ScottPlot;

namespace Monkeys.Figures;

/// <summary>Builds coverage against total inference FLOPs (log axis) for several models on one figure.</summary>
public static class FlopsCoverageFigure
{
    /// <summary>Builds the figure.</summary>
    /// <param name="series">One or more models' curves.</param>
    /// <param name="title">Title; none when null.</param>
    /// <exception cref="ArgumentException">No series, a series without points, or a FLOPs value that is not positive.</exception>
    /// <exception cref="InvalidOperationException">No fonts are installed.</exception>
    public static Plot Create(IReadOnlyList<FlopsSeries> series, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("A FLOPs figure needs at least one series.", nameof(series));
        }

        Plot plot = FigureStyle.NewPlot();
        double minLog = double.MaxValue;
        double maxLog = double.MinValue;
        for (int s = 0; s < series.Count; s++)
        {
            FlopsSeries one = series[s];
            if (one.Points.Count == 0 || one.Points.Any(p => !(p.Flops > 0)))
            {
                throw new ArgumentException($"Series '{one.Label}' needs at least one point and positive FLOPs on every point.", nameof(series));
            }

            FigureStyle.RequireFinite(one.Points.Select(p => p.Flops).ToArray(), one.Label, "FLOPs");
            FigureStyle.RequireFinite(one.Points.Select(p => p.Coverage).ToArray(), one.Label, "coverage");

            Color color = FigureStyle.SeriesColor(s);
            double[] logFlops = one.Points.Select(p => Math.Log10(p.Flops)).ToArray();
            var band = plot.Add.FillY(logFlops, one.Points.Select(p => p.Lower).ToArray(), one.Points.Select(p => p.Upper).ToArray());
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;

            var line = plot.Add.Scatter(logFlops, one.Points.Select(p => p.Coverage).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = one.Label;
            minLog = Math.Min(minLog, logFlops.Min());
            maxLog = Math.Max(maxLog, logFlops.Max());
        }

        double margin = Math.Max((maxLog - minLog) * 0.04, 0.1);
        plot.Axes.SetLimits(minLog - margin, maxLog + margin, 0, 1.02);
        FigureStyle.UseLogBottomAxis(plot, scientific: true);
        FigureStyle.Finish(plot, "total inference FLOPs", "coverage", title);
        return plot;
    }
}
