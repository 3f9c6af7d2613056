using Microsoft.Data.Analysis;
using Monkeys.Analysis.Curves;

namespace Monkeys.Analysis.Tables;

/// <summary>Builds the long-format table of coverage curves: one row per (model, k).</summary>
public static class CoverageFrame
{
    /// <summary>Builds columns model, k, coverage, lower, upper.</summary>
    /// <param name="series">Labelled coverage curves.</param>
    public static DataFrame Build(IReadOnlyList<CoverageSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);

        var rows = series.SelectMany(s => s.Points.Select(p => (s.Label, Point: p))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("model", rows.Select(r => r.Label)),
            new Int32DataFrameColumn("k", rows.Select(r => (int?)r.Point.K)),
            new DoubleDataFrameColumn("coverage", rows.Select(r => (double?)r.Point.Coverage)),
            new DoubleDataFrameColumn("lower", rows.Select(r => (double?)r.Point.Lower)),
            new DoubleDataFrameColumn("upper", rows.Select(r => (double?)r.Point.Upper)));
    }
}
