using Monkeys.Coverage;

namespace Monkeys.Analysis.Compute;

/// <summary>Coverage against total inference FLOPs for one model, the x axis of a compute-matched comparison.</summary>
public static class FlopsCoverageCurve
{
    /// <summary>
    /// Pairs each point of <paramref name="curve"/> with the expected total FLOPs over
    /// <paramref name="usage"/> at that budget (see <see cref="InferenceFlops.AtBudget"/>).
    /// </summary>
    /// <param name="curve">Coverage curve of the model on the problem set.</param>
    /// <param name="shape">Model size figures.</param>
    /// <param name="usage">Token usage of every problem of the set, one entry per problem.</param>
    /// <exception cref="ArgumentException">The usage list is empty or a problem lists no samples.</exception>
    public static IReadOnlyList<FlopsCoveragePoint> Compute(CoverageCurve curve, ModelShape shape, IReadOnlyList<ProblemTokenUsage> usage)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(usage);
        if (usage.Count == 0)
        {
            throw new ArgumentException("Cannot compute FLOPs: the token usage list is empty; pass one entry per problem.", nameof(usage));
        }

        // Each problem costs prompt + k · (mean sample cost); sum both parts once, then every k is O(1).
        double promptTotal = 0;
        double meanSampleTotal = 0;
        foreach (ProblemTokenUsage problem in usage)
        {
            promptTotal += InferenceFlops.Prompt(shape, problem.PromptTokens);
            meanSampleTotal += InferenceFlops.MeanSample(shape, problem);
        }

        var points = new FlopsCoveragePoint[curve.Points.Count];
        for (int i = 0; i < points.Length; i++)
        {
            CoveragePoint point = curve.Points[i];
            double flops = promptTotal + (point.K * meanSampleTotal);
            points[i] = new FlopsCoveragePoint(point.K, flops, point.Coverage, point.Lower, point.Upper);
        }

        return points;
    }
}
