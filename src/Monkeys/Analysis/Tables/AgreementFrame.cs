using Microsoft.Data.Analysis;
using Monkeys.Analysis.Import;

namespace Monkeys.Analysis.Tables;

/// <summary>Builds the table of samples where our verdict differs from the released one.</summary>
public static class AgreementFrame
{
    /// <summary>Builds columns problem_id, sample_index, released_correct, verdict, extracted_answer, detail.</summary>
    /// <param name="disagreements">Disagreements, for example <see cref="VerdictAgreement.Examples"/>.</param>
    public static DataFrame Build(IReadOnlyList<VerdictDisagreement> disagreements)
    {
        ArgumentNullException.ThrowIfNull(disagreements);
        return new DataFrame(
            new StringDataFrameColumn("problem_id", disagreements.Select(d => d.ProblemId)),
            new Int32DataFrameColumn("sample_index", disagreements.Select(d => (int?)d.SampleIndex)),
            new BooleanDataFrameColumn("released_correct", disagreements.Select(d => (bool?)d.ReleasedCorrect)),
            new StringDataFrameColumn("verdict", disagreements.Select(d => d.Verdict.ToString())),
            new StringDataFrameColumn("extracted_answer", disagreements.Select(d => d.ExtractedAnswer ?? string.Empty)),
            new StringDataFrameColumn("detail", disagreements.Select(d => d.Detail ?? string.Empty)));
    }
}
