using System.Text.Json;
using Monkeys.Problems;
using Monkeys.Tests.Common;
using Monkeys.Verification;
using Monkeys.Verification.Numeric;

namespace Monkeys.Tests.Verification.Numeric;

public class NumericVerifierTests
{
    private const NumericAnswerFormat Strict = NumericAnswerFormat.Gsm8k;
    private const NumericAnswerFormat Last = NumericAnswerFormat.LastNumber;

    public static TheoryData<NumericAnswerFormat, string, string, Verdict, string?> Table() => new()
    {
        // Plain integers and the #### line.
        { Strict, "3 + 4 = 7\n#### 7", "7", Verdict.Correct, "7" },
        { Strict, "#### 8", "7", Verdict.Incorrect, "8" },
        { Strict, "####7", "7", Verdict.Correct, "7" },
        { Strict, "#### 007", "7", Verdict.Correct, "7" },
        { Strict, "#### 0", "0", Verdict.Correct, "0" },
        { Strict, "#### -0", "0", Verdict.Correct, "0" },
        { Strict, "first #### 3\nthen #### 5", "5", Verdict.Correct, "5" },
        { Strict, "#### 5\nQuestion: a farmer has 12 cows", "5", Verdict.Correct, "5" },
        { Strict, "####\n\n  42\n", "42", Verdict.Correct, "42" },

        // Currency, separators, punctuation and units.
        { Strict, "#### $80,000", "80000", Verdict.Correct, "80000" },
        { Strict, "#### $ 18", "18", Verdict.Correct, "18" },
        { Strict, "#### 1,450,000", "1450000", Verdict.Correct, "1450000" },
        { Strict, "#### 1,000.", "1000", Verdict.Correct, "1000" },
        { Strict, "#### 18 dollars.", "18", Verdict.Correct, "18" },
        { Strict, "#### The answer is 18", "18", Verdict.Correct, "18" },
        { Strict, "#### 50%", "50", Verdict.Correct, "50" },
        { Strict, "#### $1,234.50", "2469/2", Verdict.Correct, "2469/2" },
        { Strict, "#### 80,000", "80,000", Verdict.Correct, "80000" },

        // Signs.
        { Strict, "#### -5", "-5", Verdict.Correct, "-5" },
        { Strict, "#### $-5", "-5", Verdict.Correct, "-5" },
        { Strict, "#### -$5", "-5", Verdict.Correct, "-5" },
        { Strict, "#### \u22125", "-5", Verdict.Correct, "-5" },
        { Strict, "#### +5", "5", Verdict.Correct, "5" },
        { Strict, "#### 5", "-5", Verdict.Incorrect, "5" },
        { Strict, "#### -$-5", "-5", Verdict.NoAnswer, null },

        // Decimals and fractions are exact rationals.
        { Strict, "#### 3.50", "7/2", Verdict.Correct, "7/2" },
        { Strict, "#### 3.5", "3.50", Verdict.Correct, "7/2" },
        { Strict, "#### 0.1", "1/10", Verdict.Correct, "1/10" },
        { Strict, "#### .5", "1/2", Verdict.Correct, "1/2" },
        { Strict, "#### 14/4", "3.5", Verdict.Correct, "7/2" },
        { Strict, "#### -7/2", "-3.5", Verdict.Correct, "-7/2" },
        { Strict, "#### 0.30000000000000004", "0.3", Verdict.Incorrect, "7500000000000001/25000000000000000" },
        { Strict, "#### 5.00", "5", Verdict.Correct, "5" },
        { Strict, "#### 5/0", "5", Verdict.NoAnswer, null },

        // Exact comparison, no tolerance.
        { Strict, "#### 1000001", "1000000", Verdict.Incorrect, "1000001" },
        { Strict, "#### 123456789012345678901234567890", "123456789012345678901234567891", Verdict.Incorrect, "123456789012345678901234567890" },

        // Lists and ambiguous separators never become one number.
        { Strict, "#### 1,2", "12", Verdict.NoAnswer, null },
        { Strict, "#### 1, 2", "12", Verdict.NoAnswer, null },
        { Strict, "#### 12,34", "1234", Verdict.NoAnswer, null },
        { Strict, "#### 1,000,00", "100000", Verdict.NoAnswer, null },
        { Strict, "#### 3 1/2", "7/2", Verdict.NoAnswer, null },
        { Strict, "#### 1.2.3", "1.2", Verdict.NoAnswer, null },

        // Missing answers.
        { Strict, "The answer is 9", "9", Verdict.NoAnswer, null },
        { Strict, "#### ", "9", Verdict.NoAnswer, null },
        { Strict, "#### nine", "9", Verdict.NoAnswer, null },
        { Strict, "", "9", Verdict.NoAnswer, null },
        { Strict, "#### \u0663", "3", Verdict.NoAnswer, null },

        // Last-number format.
        { Last, "So the answer is 72, in total.", "72", Verdict.Correct, "72" },
        { Last, "16-3-4=9 eggs, and 9 * 2 = $18.", "18", Verdict.Correct, "18" },
        { Last, "The pairs are 1,2", "2", Verdict.NoAnswer, null },
        { Last, "The pairs are 1, 2", "2", Verdict.Correct, "2" },
        { Last, "It costs $1,000.", "1000", Verdict.Correct, "1000" },
        { Last, "Lost $-5 overall", "-5", Verdict.Correct, "-5" },
        { Last, "Takes 3.5 hours", "7/2", Verdict.Correct, "7/2" },
        { Last, "There were 5 birds and COVID19", "5", Verdict.Correct, "5" },
        { Last, "no digits here", "5", Verdict.NoAnswer, null },
        { Last, "5 then \u0663", "5", Verdict.Correct, "5" },
        { Last, "#### 5\nthen 6 more", "5", Verdict.Incorrect, "6" },

        // Unreadable references are errors, not wrong answers.
        { Strict, "#### 5", "five", Verdict.Error, null },
        { Strict, "#### 5", "1, 2", Verdict.Error, null },
        { Strict, "#### 5", "", Verdict.Error, null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void VerdictTable(NumericAnswerFormat format, string completion, string reference, Verdict verdict, string? extracted)
    {
        var result = new NumericVerifier(format).Verify(new Problem("table", "q", reference), completion);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(extracted, result.ExtractedAnswer);
    }

    [Fact]
    public void TableHasAtLeastFortyCases()
    {
        Assert.True(Table().Count() >= 40);
    }

    public static IEnumerable<object[]> FieldCases() =>
        File.ReadLines(SharedFiles.PathOf("cases/numeric-answers.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => new object[] { JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!, line });

    [Theory]
    [MemberData(nameof(FieldCases))]
    public void FieldCase(string caseId, string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        var format = root.TryGetProperty("format", out var formatName) && formatName.GetString() == "last-number"
            ? NumericAnswerFormat.LastNumber
            : NumericAnswerFormat.Gsm8k;
        var problem = new Problem(caseId, "q", root.GetProperty("reference").GetString()!);

        var result = new NumericVerifier(format).Verify(problem, root.GetProperty("completion").GetString()!);

        var expected = root.GetProperty("expected");
        Verdict[] allowed = expected.ValueKind switch
        {
            JsonValueKind.True => new[] { Verdict.Correct },
            JsonValueKind.False => new[] { Verdict.Incorrect, Verdict.NoAnswer },
            _ => new[] { Verdict.NoAnswer },
        };
        Assert.True(allowed.Contains(result.Verdict), $"{caseId}: verdict {result.Verdict}, expected {expected} ({result.Detail})");
    }

    [Fact]
    public void UnreadableReferenceDetailNamesProblem()
    {
        var result = new NumericVerifier().Verify(new Problem("gsm8k/test/99", "q", "n/a"), "#### 5");

        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("gsm8k/test/99", result.Detail);
    }

    [Fact]
    public void ListAfterMarkerDetailSaysWhy()
    {
        var result = new NumericVerifier().Verify(new Problem("p", "q", "3"), "#### 1, 2");

        Assert.Equal(Verdict.NoAnswer, result.Verdict);
        Assert.Contains("2 numbers", result.Detail);
    }

    [Theory]
    [InlineData("7/2", "3.50", true)]
    [InlineData("$80,000", "80000", true)]
    [InlineData("0.1", "1/10", true)]
    [InlineData("-5", "$-5", true)]
    [InlineData("1000001", "1000000", false)]
    [InlineData("1, 2", "12", false)]
    [InlineData("1, 2", "1, 2", true)]
    [InlineData("yes", "no", false)]
    public void EquivalenceComparesValues(string answer, string other, bool expected)
    {
        var verifier = new NumericVerifier();

        Assert.Equal(expected, verifier.AreEquivalent(answer, other));
        Assert.Equal(expected, verifier.AreEquivalent(other, answer));
    }

    [Fact]
    public void NameRecordsFormat()
    {
        Assert.Equal("numeric-gsm8k", new NumericVerifier(NumericAnswerFormat.Gsm8k).Name);
        Assert.Equal("numeric-last-number", new NumericVerifier(NumericAnswerFormat.LastNumber).Name);
    }

    [Fact]
    public void UndefinedFormatIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NumericVerifier((NumericAnswerFormat)7));
    }
}
