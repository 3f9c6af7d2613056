using System.Text.Json;
using Monkeys.Verification.MathAnswers;

namespace Monkeys.Verification.Tests.Math;

public sealed class Math500SolutionTests
{
    [Fact]
    public void SolutionBoxesMatchAnswers()
    {
        var misses = new List<string>();
        var total = 0;
        foreach (var line in File.ReadLines(SharedData.PathOf("data/math500/test.jsonl")))
        {
            var record = JsonDocument.Parse(line).RootElement;
            var id = record.GetProperty("unique_id").GetString();
            var solution = record.GetProperty("solution").GetString()!;
            var answer = record.GetProperty("answer").GetString()!;
            total++;

            var extraction = MathAnswerExtractor.Extract(solution);
            if (extraction.Answer is null || !MathAnswerEquivalence.Instance.AreEquivalent(extraction.Answer, answer))
            {
                misses.Add($"{id}: extracted '{extraction.Answer}' ({extraction.Problem}) vs answer '{answer}'");
            }
        }

        Assert.Equal(500, total);
        Assert.True(misses.Count <= KnownMisses, $"{misses.Count} misses:\n{string.Join("\n", misses)}");
    }

    // Solutions whose last box is not the whole answer; each is listed in docs/math-equivalence.md.
    private const int KnownMisses = 0;
}
