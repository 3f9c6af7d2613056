using System.Text.Json;
using Monkeys.Problems;
using Monkeys.Verification.MathAnswers;

namespace Monkeys.Verification.Tests.Math;

public sealed class MathCaseFileTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(() =>
        File.ReadLines(SharedData.PathOf("cases/math-answers.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(element => element.GetProperty("id").GetString()!));

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Cases.Value.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void CaseHasExpectedVerdict(string caseId)
    {
        var testCase = Cases.Value[caseId];
        var reference = testCase.GetProperty("reference").GetString()!;
        var expected = testCase.GetProperty("expected").GetBoolean();
        var why = testCase.GetProperty("why").GetString();

        bool actual;
        if (testCase.TryGetProperty("completion", out var completion))
        {
            var result = new MathVerifier().Verify(new Problem(caseId, "q", reference), completion.GetString()!);
            actual = result.Verdict == Verdict.Correct;
        }
        else
        {
            actual = MathAnswerEquivalence.Instance.AreEquivalent(testCase.GetProperty("answer").GetString()!, reference);
        }

        Assert.True(expected == actual, $"case {caseId}: expected {expected}, got {actual} ({why})");
    }

    [Fact]
    public void CaseFileHasCases()
    {
        Assert.True(Cases.Value.Count >= 12, $"only {Cases.Value.Count} cases loaded");
    }
}
