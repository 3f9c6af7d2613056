using Monkeys.Analysis.Selection;
using ScottPlot;

namespace Monkeys.Figures;

/// <summary>
/// Builds coverage and the accuracy of each selection method against k (log axis), each method as its
/// mean with a ±1 standard deviation band over the random subsets.
/// </summary>
public static class SelectionFigure
{
    /// <summary>Builds the figure.</summary>
    /// <param name="curve">Result of <see cref="SelectionSimulator.Evaluate"/>.</param>
    /// <param name="title">Title; none when null.</param>
    /// <exception cref="ArgumentException">The curve has no points.</exception>
    /// <exception cref="InvalidOperationException">No fonts are installed.</exception>
    public static Plot Create(SelectionCurve curve, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.Points.Count == 0)
        {
            throw new ArgumentException("A selection figure needs at least one budget; the curve is empty.", nameof(curve));
        }

        FigureStyle.RequireFinite(curve.Points.Select(p => p.Coverage).ToArray(), "coverage", "coverage");
        FigureStyle.RequireFinite(curve.Points.Select(p => p.MajorityVote.Mean).ToArray(), "majority vote", "accuracy");

        Plot plot = FigureStyle.NewPlot();
        double[] logK = curve.Points.Select(p => Math.Log10(p.K)).ToArray();

        var coverage = plot.Add.Scatter(logK, curve.Points.Select(p => p.Coverage).ToArray());
        coverage.Color = Colors.Black;
        coverage.LineWidth = 2;
        coverage.MarkerSize = 5;
        coverage.LegendText = "coverage (perfect verifier)";

        AddMethod(plot, logK, curve.Points.Select(p => p.MajorityVote).ToArray(), "majority vote", FigureStyle.SeriesColor(0));
        if (curve.HasRewardScores)
        {
            AddMethod(plot, logK, curve.Points.Select(p => p.RewardBestOfN!.Value).ToArray(), "reward model best-of-N", FigureStyle.SeriesColor(1));
            AddMethod(plot, logK, curve.Points.Select(p => p.RewardWeightedVote!.Value).ToArray(), "reward-weighted vote", FigureStyle.SeriesColor(2));
        }

        double right = Math.Max(logK.Max(), 1);
        plot.Axes.SetLimits(-0.05 * right, right * 1.05, 0, 1.02);
        FigureStyle.UseLogBottomAxis(plot);
        FigureStyle.Finish(plot, "samples per problem, k", "fraction of problems solved", title);
        return plot;
    }

    private static void AddMethod(Plot plot, double[] logK, SelectionStatistic[] statistics, string label, Color color)
    {
        var band = plot.Add.FillY(
            logK,
            statistics.Select(s => Math.Max(0, s.Mean - s.StandardDeviation)).ToArray(),
            statistics.Select(s => Math.Min(1, s.Mean + s.StandardDeviation)).ToArray());
        band.FillColor = color.WithAlpha(0.2);
        band.LineWidth = 0;

        var line = plot.Add.Scatter(logK, statistics.Select(s => s.Mean).ToArray());
        line.Color = color;
        line.LineWidth = 2;
        line.MarkerSize = 5;
        line.LegendText = label;
    }
}
