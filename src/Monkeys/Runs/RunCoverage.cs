using Monkeys.Coverage;
using Monkeys.Samples.Store;
using Monkeys.Verification;

namespace Monkeys.Runs;

/// <summary>Coverage of a stored run, computed by streaming its records.</summary>
public static class RunCoverage
{
    /// <summary>Counts the samples and correct samples of each problem in a run, in order of first appearance.</summary>
    /// <param name="runPath">A run folder or its <c>samples.jsonl</c>.</param>
    /// <exception cref="SampleStoreFormatException">A stored line is malformed.</exception>
    public static IReadOnlyList<ProblemCounts> CountSamples(string runPath)
    {
        var order = new List<string>();
        var counts = new Dictionary<string, (int Samples, int Correct)>(StringComparer.Ordinal);
        foreach (SampleRecord record in SampleStore.ReadRecords(runPath))
        {
            string id = record.Sample.ProblemId;
            if (!counts.TryGetValue(id, out var count))
            {
                order.Add(id);
                count = (0, 0);
            }

            counts[id] = (count.Samples + 1, count.Correct + (record.Verdict == Verdict.Correct ? 1 : 0));
        }

        return order.Select(id => new ProblemCounts(id, counts[id].Samples, counts[id].Correct)).ToArray();
    }

    /// <summary>Computes the coverage curve of a run with a bootstrap interval over problems.</summary>
    /// <param name="runPath">A run folder or its <c>samples.jsonl</c>.</param>
    /// <param name="ks">Budgets; <see cref="KGrid.PowersOfTwo"/> of the smallest per-problem sample count when null.</param>
    /// <param name="bootstrap">Bootstrap settings; <see cref="BootstrapOptions.Default"/> when null.</param>
    /// <exception cref="InvalidOperationException">The run has no samples yet.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A budget exceeds some problem's sample count; the message names the problem.</exception>
    public static CoverageCurve Compute(string runPath, IReadOnlyList<int>? ks = null, BootstrapOptions? bootstrap = null)
    {
        IReadOnlyList<ProblemCounts> problems = CountSamples(runPath);
        if (problems.Count == 0)
        {
            throw new InvalidOperationException($"The run at {runPath} has no samples yet, so it has no coverage. Run or resume it first.");
        }

        ks ??= KGrid.PowersOfTwo(problems.Min(problem => problem.SampleCount));
        return CoverageCurve.Compute(problems, ks, bootstrap);
    }
}
