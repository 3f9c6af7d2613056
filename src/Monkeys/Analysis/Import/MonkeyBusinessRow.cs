using Monkeys.Coverage;
using Monkeys.Problems;
using Monkeys.Samples;
using Monkeys.Samples.Store;
using Monkeys.Verification;

namespace Monkeys.Analysis.Import;

/// <summary>
/// One problem of a released <c>monkey_business</c> file (Brown et al. 2024, Hugging Face dataset
/// ScalingIntelligence/monkey_business): the question, its prompt, every sample and the released verdicts.
/// </summary>
/// <param name="ProblemId">Identifier built as <c>{prefix/}{orig_dset_split}/{orig_dset_idx}</c>.</param>
/// <param name="Split">Split of the original data set (<c>orig_dset_split</c>).</param>
/// <param name="Index">Index in the original data set (<c>orig_dset_idx</c>).</param>
/// <param name="Question">The problem statement (<c>question</c>).</param>
/// <param name="Prompt">The full prompt the samples were drawn with (<c>prompt</c>).</param>
/// <param name="GroundTruth">Reference answer (<c>gt_answer</c>, GSM8K and MATH only); null when the file has none.</param>
/// <param name="Samples">Sample texts (<c>samples</c>).</param>
/// <param name="ReleasedVerdicts">Released correctness of each sample (<c>is_corrects</c>).</param>
/// <param name="FileRow">Position of the row in its file, from 0, for error messages.</param>
public sealed record MonkeyBusinessRow(
    string ProblemId,
    string Split,
    long Index,
    string Question,
    string Prompt,
    string? GroundTruth,
    IReadOnlyList<string> Samples,
    IReadOnlyList<bool> ReleasedVerdicts,
    long FileRow)
{
    /// <summary>Counts the samples and released correct samples, the input of coverage and fits.</summary>
    public ProblemCounts ToCounts() => new(ProblemId, Samples.Count, ReleasedVerdicts.Count(correct => correct));

    /// <summary>
    /// Builds the <see cref="Problem"/> the samples answer. GSM8K's <c>gt_answer</c> is a worked solution
    /// ending in <c>#### answer</c>, so when the text contains <c>####</c> the reference answer is the text
    /// after the last one; otherwise it is the whole <c>gt_answer</c>. The full text, the split and the
    /// index go into the metadata.
    /// </summary>
    public Problem ToProblem()
    {
        string groundTruth = GroundTruth ?? string.Empty;
        int marker = groundTruth.LastIndexOf("####", StringComparison.Ordinal);
        string reference = marker >= 0 ? groundTruth[(marker + 4)..].Trim() : groundTruth;
        return new Problem(
            ProblemId,
            Question,
            reference,
            new Dictionary<string, string>
            {
                ["orig_dset_split"] = Split,
                ["orig_dset_idx"] = Index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["gt_answer"] = groundTruth,
            });
    }

    /// <summary>
    /// Converts the row into sample records with the released verdicts (Correct or Incorrect) and no
    /// extracted answer.
    /// </summary>
    /// <remarks>
    /// The released files carry no seeds, token counts, finish reasons or log-probabilities, so each
    /// record has seed 0, token count 0, <see cref="FinishReason.Stop"/> and a NaN log-probability.
    /// FLOPs estimates need token counts from elsewhere (for example by tokenizing the text).
    /// </remarks>
    public IEnumerable<SampleRecord> ToSampleRecords()
    {
        for (int i = 0; i < Samples.Count; i++)
        {
            var sample = new Sample(ProblemId, i, 0, Samples[i], 0, FinishReason.Stop, double.NaN);
            yield return new SampleRecord(sample, ReleasedVerdicts[i] ? Verdict.Correct : Verdict.Incorrect, null);
        }
    }
}
