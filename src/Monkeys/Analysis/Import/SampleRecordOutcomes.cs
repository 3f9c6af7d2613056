using Monkeys.Coverage;
using Monkeys.Samples.Store;
using Monkeys.Verification;

namespace Monkeys.Analysis.Import;

/// <summary>Turns stored sample records into the per-problem inputs of coverage and selection analysis.</summary>
public static class SampleRecordOutcomes
{
    /// <summary>
    /// Groups records by problem (in order of first appearance) and orders each problem's samples by
    /// sample index. A record whose verdict is <see cref="Verdict.NoAnswer"/> or <see cref="Verdict.Error"/>
    /// becomes a sample without an answer, so it never wins a vote.
    /// </summary>
    /// <param name="records">Records of one run, in any order.</param>
    /// <exception cref="ArgumentException">Two records share a problem id and sample index.</exception>
    public static IReadOnlyList<ProblemOutcomes> Group(IEnumerable<SampleRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);

        var byProblem = new Dictionary<string, List<SampleRecord>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (SampleRecord record in records)
        {
            if (!byProblem.TryGetValue(record.Sample.ProblemId, out List<SampleRecord>? list))
            {
                list = [];
                byProblem.Add(record.Sample.ProblemId, list);
                order.Add(record.Sample.ProblemId);
            }

            list.Add(record);
        }

        var problems = new List<ProblemOutcomes>(order.Count);
        foreach (string problemId in order)
        {
            List<SampleRecord> list = byProblem[problemId];
            list.Sort((left, right) => left.Sample.Index.CompareTo(right.Sample.Index));
            for (int i = 1; i < list.Count; i++)
            {
                if (list[i].Sample.Index == list[i - 1].Sample.Index)
                {
                    throw new ArgumentException(
                        $"Problem '{problemId}' has two records with sample index {list[i].Sample.Index}; a run stores each sample once. Deduplicate the records first.",
                        nameof(records));
                }
            }

            problems.Add(new ProblemOutcomes(problemId, list.Select(ToOutcome).ToArray()));
        }

        return problems;
    }

    /// <summary>Counts samples and correct samples per problem, for coverage and fits.</summary>
    /// <param name="records">Records of one run, in any order.</param>
    public static IReadOnlyList<ProblemCounts> Count(IEnumerable<SampleRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);

        var counts = new Dictionary<string, (int Samples, int Correct)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (SampleRecord record in records)
        {
            string id = record.Sample.ProblemId;
            if (!counts.TryGetValue(id, out var tally))
            {
                order.Add(id);
            }

            counts[id] = (tally.Samples + 1, tally.Correct + (record.IsCorrect ? 1 : 0));
        }

        return order.Select(id => new ProblemCounts(id, counts[id].Samples, counts[id].Correct)).ToArray();
    }

    private static SampleOutcome ToOutcome(SampleRecord record)
    {
        bool answered = record.Verdict is Verdict.Correct or Verdict.Incorrect;
        return new SampleOutcome(answered ? record.ExtractedAnswer : null, record.IsCorrect, record.RewardScore);
    }
}
