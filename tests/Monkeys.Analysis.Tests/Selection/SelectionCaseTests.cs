using System.Text.Json;
using Monkeys.Analysis.Selection;
using Monkeys.Analysis.Tests.Support;
using Monkeys.Verification.MathAnswers;

namespace Monkeys.Analysis.Tests.Selection;

public class SelectionCaseTests
{
    private const string NoAnswerMarker = "[no answer]";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string line in File.ReadLines(SharedFiles.PathOf("cases/selection.jsonl")))
        {
            if (line.Trim().Length > 0)
            {
                data.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MajorityVote_CaseFile_PicksExpectedAnswer(string caseLine)
    {
        using JsonDocument document = JsonDocument.Parse(caseLine);
        JsonElement root = document.RootElement;
        string caseId = root.GetProperty("id").GetString()!;
        string[] answers = root.GetProperty("answers").EnumerateArray().Select(a => a.GetString()!).ToArray();
        string expected = root.GetProperty("expected_majority").GetString()!;
        string? reference = root.TryGetProperty("reference", out JsonElement value) ? value.GetString() : null;
        var equivalence = MathAnswerEquivalence.Instance;

        SampleOutcome[] samples = answers
            .Select(a => a == NoAnswerMarker
                ? new SampleOutcome(null, false)
                : new SampleOutcome(a, reference is not null && equivalence.AreEquivalent(a, reference)))
            .ToArray();

        SelectedAnswer? picked = AnswerSelection.MajorityVote(samples, equivalence);

        Assert.NotNull(picked);
        if (expected == "documented tie rule")
        {
            // The rule: among answers with the most votes, the one whose earliest sample comes first wins.
            int topVotes = answers.GroupBy(a => a).Max(group => group.Count());
            string firstTied = answers.First(a => answers.Count(other => other == a) == topVotes);
            Assert.True(firstTied == picked.Answer, $"{caseId}: expected {firstTied}, picked {picked.Answer}");
        }
        else
        {
            Assert.True(equivalence.AreEquivalent(expected, picked.Answer), $"{caseId}: expected {expected}, picked {picked.Answer}");
        }

        if (reference is not null)
        {
            Assert.True(picked.IsCorrect, $"{caseId}: the pick should be correct against {reference}");
        }
    }
}
