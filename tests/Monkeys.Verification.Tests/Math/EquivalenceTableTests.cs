using System.Text.Json;
using Monkeys.Verification.MathAnswers;

namespace Monkeys.Verification.Tests.Math;

/// <summary>The hand-checked table in Data/equivalence-table.jsonl; each row's verdict was decided by hand.</summary>
public sealed class EquivalenceTableTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Rows = new(() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Math", "Data", "equivalence-table.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToDictionary(element => element.GetProperty("id").GetString()!));

    public static TheoryData<string> RowIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in Rows.Value.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RowIds))]
    public void RowHasHandCheckedVerdict(string rowId)
    {
        var row = Rows.Value[rowId];
        var answer = row.GetProperty("answer").GetString()!;
        var reference = row.GetProperty("reference").GetString()!;
        var expected = row.GetProperty("expected").GetBoolean();

        var forward = MathAnswerEquivalence.Instance.AreEquivalent(answer, reference);
        var backward = MathAnswerEquivalence.Instance.AreEquivalent(reference, answer);

        Assert.True(expected == forward, $"{rowId} ({row.GetProperty("kind").GetString()}): '{answer}' vs '{reference}' expected {expected}, got {forward}");
        Assert.True(forward == backward, $"{rowId}: comparison is not symmetric for '{answer}' and '{reference}'");
    }

    [Fact]
    public void TableHasEnoughRowsOfEachVerdict()
    {
        var equal = Rows.Value.Values.Count(row => row.GetProperty("expected").GetBoolean());
        var different = Rows.Value.Count - equal;

        Assert.True(Rows.Value.Count >= 80, $"table has {Rows.Value.Count} rows");
        Assert.True(equal >= 30, $"table has {equal} equal rows");
        Assert.True(different >= 30, $"table has {different} different rows");
    }
}
