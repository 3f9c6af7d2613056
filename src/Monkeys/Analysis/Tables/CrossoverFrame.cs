using Microsoft.Data.Analysis;
using Monkeys.Analysis.Curves;

namespace Monkeys.Analysis.Tables;

/// <summary>Builds the "weak model with many samples against strong model with one" table.</summary>
public static class CrossoverFrame
{
    /// <summary>Builds columns weak_model, strong_model, weak_pass_at_1, strong_pass_at_1, crossover_k (empty when never reached), weak_coverage_at_n, n.</summary>
    /// <param name="rows">Rows from <see cref="Crossover.Compare(IReadOnlyList{NamedCounts})"/>.</param>
    public static DataFrame Build(IReadOnlyList<CrossoverRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new DataFrame(
            new StringDataFrameColumn("weak_model", rows.Select(r => r.WeakModel)),
            new StringDataFrameColumn("strong_model", rows.Select(r => r.StrongModel)),
            new DoubleDataFrameColumn("weak_pass_at_1", rows.Select(r => (double?)r.WeakPassAt1)),
            new DoubleDataFrameColumn("strong_pass_at_1", rows.Select(r => (double?)r.StrongPassAt1)),
            new Int32DataFrameColumn("crossover_k", rows.Select(r => r.CrossoverK)),
            new DoubleDataFrameColumn("weak_coverage_at_n", rows.Select(r => (double?)r.WeakCoverageAtN)),
            new Int32DataFrameColumn("n", rows.Select(r => (int?)r.SampleCount)));
    }
}
