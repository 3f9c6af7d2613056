using System.Text.Json;
using Monkeys.Coverage;
using Monkeys.Tests.Common;

namespace Monkeys.Tests.Coverage;

public class PassAtKTests
{
    [Fact]
    public void MatchesBruteForceForSmallN()
    {
        for (int n = 1; n <= 8; n++)
        {
            for (int c = 0; c <= n; c++)
            {
                for (int k = 1; k <= n; k++)
                {
                    double expected = BruteForce(n, c, k);
                    double actual = PassAtK.Estimate(n, c, k);
                    Assert.True(Math.Abs(expected - actual) < 1e-12, $"n={n} c={c} k={k}: expected {expected}, got {actual}");
                }
            }
        }
    }

    [Theory]
    // 1 - C(3,2)/C(5,2) = 1 - 3/10
    [InlineData(5, 2, 2, 0.7)]
    // 1 - C(15,10)/C(20,10) = 1 - 3003/184756
    [InlineData(20, 5, 10, 1.0 - 3003.0 / 184756.0)]
    // pass@1 = c/n
    [InlineData(200, 13, 1, 13.0 / 200.0)]
    // 1 - C(187,10)/C(200,10), evaluated with exact integer binomials
    [InlineData(200, 13, 10, 0.4975511147306061)]
    // 1 - C(187,100)/C(200,100), evaluated with exact integer binomials
    [InlineData(200, 13, 100, 0.9999194971988055)]
    // one correct sample among 100, half of them drawn
    [InlineData(100, 1, 50, 0.5)]
    // 1 - C(2,2)/C(3,2) = 1 - 1/3
    [InlineData(3, 1, 2, 2.0 / 3.0)]
    public void MatchesFormulaValues(int n, int c, int k, double expected)
    {
        Assert.Equal(expected, PassAtK.Estimate(n, c, k), 12);
    }

    [Theory]
    [InlineData(2, 0, 5)]
    [InlineData(10, 3, 11)]
    [InlineData(10, 3, 0)]
    [InlineData(10, 11, 3)]
    [InlineData(10, -1, 3)]
    [InlineData(0, 0, 1)]
    public void RejectsOutOfRangeArguments(int n, int c, int k)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PassAtK.Estimate(n, c, k));
    }

    [Fact]
    public void KAboveNMessageNamesValueAndRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PassAtK.Estimate(10, 3, 12));

        Assert.Equal("k", error.ParamName);
        Assert.Contains("k is 12", error.Message);
        Assert.Contains("1 to 10", error.Message);
    }

    public static IEnumerable<object[]> SingleProblemCases() =>
        ReadCases().Where(c => !c.RootElement.TryGetProperty("problems", out _))
            .Select(c => new object[] { c.RootElement.GetProperty("id").GetString()!, c.RootElement.GetRawText() });

    [Theory]
    [MemberData(nameof(SingleProblemCases))]
    public void FieldCase(string caseId, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        int n = root.GetProperty("n").GetInt32();
        int c = root.GetProperty("c").GetInt32();
        int k = root.GetProperty("k").GetInt32();
        var expected = root.GetProperty("expected");

        if (expected.ValueKind == JsonValueKind.String)
        {
            Assert.StartsWith("error", expected.GetString());
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => PassAtK.Estimate(n, c, k));
            Assert.Contains($"k is {k}", error.Message);
        }
        else
        {
            double value = PassAtK.Estimate(n, c, k);
            Assert.True(Math.Abs(expected.GetDouble() - value) < 1e-12, $"{caseId}: expected {expected.GetDouble()}, got {value}");
        }
    }

    internal static IEnumerable<JsonDocument> ReadCases() =>
        File.ReadLines(SharedFiles.PathOf("cases/pass-at-k.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line));

    // Counts the k-subsets of n samples (the first c correct) that hold at least one correct sample.
    private static double BruteForce(int n, int c, int k)
    {
        int subsets = 0;
        int withCorrect = 0;
        int correctMask = (1 << c) - 1;
        for (int mask = 0; mask < 1 << n; mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != k)
            {
                continue;
            }

            subsets++;
            if ((mask & correctMask) != 0)
            {
                withCorrect++;
            }
        }

        return (double)withCorrect / subsets;
    }
}
