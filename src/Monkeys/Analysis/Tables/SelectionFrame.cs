using Microsoft.Data.Analysis;
using Monkeys.Analysis.Selection;

namespace Monkeys.Analysis.Tables;

/// <summary>Builds the selection table: coverage, each method's mean and standard deviation, and the gap per k.</summary>
public static class SelectionFrame
{
    /// <summary>
    /// Builds columns k, coverage, majority_mean, majority_sd, best_of_n_mean, best_of_n_sd,
    /// weighted_mean, weighted_sd (reward columns empty without scores), best_method and gap.
    /// </summary>
    /// <param name="curve">Result of <see cref="SelectionSimulator.Evaluate"/>.</param>
    public static DataFrame Build(SelectionCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        IReadOnlyList<SelectionPoint> points = curve.Points;
        return new DataFrame(
            new Int32DataFrameColumn("k", points.Select(p => (int?)p.K)),
            new DoubleDataFrameColumn("coverage", points.Select(p => (double?)p.Coverage)),
            new DoubleDataFrameColumn("majority_mean", points.Select(p => (double?)p.MajorityVote.Mean)),
            new DoubleDataFrameColumn("majority_sd", points.Select(p => (double?)p.MajorityVote.StandardDeviation)),
            new DoubleDataFrameColumn("best_of_n_mean", points.Select(p => p.RewardBestOfN?.Mean)),
            new DoubleDataFrameColumn("best_of_n_sd", points.Select(p => p.RewardBestOfN?.StandardDeviation)),
            new DoubleDataFrameColumn("weighted_mean", points.Select(p => p.RewardWeightedVote?.Mean)),
            new DoubleDataFrameColumn("weighted_sd", points.Select(p => p.RewardWeightedVote?.StandardDeviation)),
            new StringDataFrameColumn("best_method", points.Select(p => p.BestMethod.ToString())),
            new DoubleDataFrameColumn("gap", points.Select(p => (double?)p.Gap)));
    }
}
