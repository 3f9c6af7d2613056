using Microsoft.Data.Analysis;
using Monkeys.Analysis.Compute;

namespace Monkeys.Analysis.Tables;

/// <summary>Builds the compute tables: coverage against FLOPs and dollar cost.</summary>
public static class ComputeFrame
{
    /// <summary>Builds one row per (model, k): model, k, flops, coverage, lower, upper.</summary>
    /// <param name="series">Coverage-versus-FLOPs curves.</param>
    public static DataFrame Flops(IReadOnlyList<FlopsSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);

        var rows = series.SelectMany(s => s.Points.Select(p => (s.Label, Point: p))).ToArray();
        return new DataFrame(
            new StringDataFrameColumn("model", rows.Select(r => r.Label)),
            new Int32DataFrameColumn("k", rows.Select(r => (int?)r.Point.K)),
            new DoubleDataFrameColumn("flops", rows.Select(r => (double?)r.Point.Flops)),
            new DoubleDataFrameColumn("coverage", rows.Select(r => (double?)r.Point.Coverage)),
            new DoubleDataFrameColumn("lower", rows.Select(r => (double?)r.Point.Lower)),
            new DoubleDataFrameColumn("upper", rows.Select(r => (double?)r.Point.Upper)));
    }

    /// <summary>Builds the dollar-cost table: system, attempts, price_per_attempt, solve_rate, total_cost, cost_per_solved (empty when nothing is solved).</summary>
    /// <param name="rows">Rows from <see cref="CostTable.Compute"/>.</param>
    public static DataFrame Cost(IReadOnlyList<CostRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new DataFrame(
            new StringDataFrameColumn("system", rows.Select(r => r.System)),
            new Int32DataFrameColumn("attempts", rows.Select(r => (int?)r.Attempts)),
            new DecimalDataFrameColumn("price_per_attempt", rows.Select(r => (decimal?)r.PricePerAttempt)),
            new DoubleDataFrameColumn("solve_rate", rows.Select(r => (double?)r.SolveRate)),
            new DecimalDataFrameColumn("total_cost", rows.Select(r => (decimal?)r.TotalCost)),
            new DecimalDataFrameColumn("cost_per_solved", rows.Select(r => r.CostPerSolvedProblem)));
    }
}
