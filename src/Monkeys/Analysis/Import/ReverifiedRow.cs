using Monkeys.Coverage;
using Monkeys.Samples.Store;
using Monkeys.Verification;

namespace Monkeys.Analysis.Import;

/// <summary>A released row with our verifier's result for every sample.</summary>
/// <param name="Row">The released row.</param>
/// <param name="Results">Our verifier's result per sample, in sample order.</param>
public sealed record ReverifiedRow(MonkeyBusinessRow Row, IReadOnlyList<VerificationResult> Results)
{
    /// <summary>Counts samples and samples our verifier judged correct.</summary>
    public ProblemCounts ToCounts() => new(Row.ProblemId, Results.Count, Results.Count(result => result.IsCorrect));

    /// <summary>Builds selection input: our extracted answers and verdicts (no reward scores).</summary>
    public ProblemOutcomes ToOutcomes() =>
        new(Row.ProblemId, Results.Select(result => new SampleOutcome(result.ExtractedAnswer, result.IsCorrect)).ToArray());

    /// <summary>Converts the row into sample records carrying our verdicts and extracted answers.</summary>
    public IEnumerable<SampleRecord> ToSampleRecords()
    {
        int i = 0;
        foreach (SampleRecord released in Row.ToSampleRecords())
        {
            yield return new SampleRecord(released.Sample, Results[i]);
            i++;
        }
    }

    /// <summary>Lists the samples where our verdict (correct or not) differs from the released one.</summary>
    public IEnumerable<VerdictDisagreement> Disagreements()
    {
        for (int i = 0; i < Results.Count; i++)
        {
            if (Results[i].IsCorrect != Row.ReleasedVerdicts[i])
            {
                yield return new VerdictDisagreement(Row.ProblemId, i, Row.ReleasedVerdicts[i], Results[i].Verdict, Results[i].ExtractedAnswer, Results[i].Detail);
            }
        }
    }
}
