using Monkeys.Problems;
using Monkeys.Verification.MathAnswers;

namespace Monkeys.Verification.Tests.Math;

public sealed class MathVerifierTests
{
    private static readonly MathVerifier Verifier = new();

    private static VerificationResult Check(string completion, string reference = "5") =>
        Verifier.Verify(new Problem("math/test/1", "q", reference), completion);

    [Fact]
    public void EmptyCompletionHasNoAnswer()
    {
        var result = Check("   ");

        Assert.Equal(Verdict.NoAnswer, result.Verdict);
        Assert.Contains("empty", result.Detail);
    }

    [Fact]
    public void UnbalancedLastBoxHasNoAnswer()
    {
        var result = Check("First \\boxed{5}, then \\boxed{\\frac{1}{2}");

        Assert.Equal(Verdict.NoAnswer, result.Verdict);
        Assert.Contains("unbalanced", result.Detail);
    }

    [Fact]
    public void LastOfTwoBoxesCounts()
    {
        Assert.Equal(Verdict.Incorrect, Check("\\boxed{5} no wait \\boxed{6}").Verdict);
        Assert.Equal(Verdict.Correct, Check("\\boxed{6} no wait \\boxed{5}").Verdict);
    }

    [Fact]
    public void UnbracedBoxIsRead()
    {
        var result = Check("so $\\boxed 5$.");

        Assert.Equal(Verdict.Correct, result.Verdict);
        Assert.Equal("5", result.ExtractedAnswer);
    }

    [Fact]
    public void MinervaSentenceIsRead()
    {
        var extraction = MathAnswerExtractor.Extract("Work.\nFinal Answer: The final answer is $\\frac{1}{2}$. I hope it is correct.");

        Assert.Equal(MathExtractionRule.FinalAnswerSentence, extraction.Rule);
        Assert.Equal("\\frac{1}{2}", extraction.Answer);
    }

    [Fact]
    public void AnswerIsPhraseIsFallback()
    {
        var extraction = MathAnswerExtractor.Extract("We add them. The answer is 12. Done.");

        Assert.Equal(MathExtractionRule.AnswerIsPhrase, extraction.Rule);
        Assert.Equal("12", extraction.Answer);
    }

    [Fact]
    public void TextWithoutAnswerHasNoAnswer()
    {
        var result = Check("I do not know how to solve this.");

        Assert.Equal(Verdict.NoAnswer, result.Verdict);
        Assert.NotNull(result.Detail);
    }

    [Fact]
    public void EmptyReferenceIsError()
    {
        var result = Check("\\boxed{5}", reference: " ");

        Assert.Equal(Verdict.Error, result.Verdict);
    }

    [Theory]
    [InlineData("\\boxed{2^{10^{10}}}", "2")]
    [InlineData("\\boxed{100000!}", "1")]
    [InlineData("\\boxed{\\sqrt{\\sqrt{\\sqrt{\\frac{1}{0}}}}}", "0")]
    [InlineData("\\boxed{((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))}", "1")]
    [InlineData("\\boxed{}}}{{", "1")]
    [InlineData("\\boxed{\\begin{pmatrix} 1 & \\\\ \\end{pmatrix}}", "1")]
    public void HostileAnswersGetVerdicts(string completion, string reference)
    {
        var result = Check(completion, reference);

        Assert.True(result.Verdict is Verdict.Incorrect or Verdict.NoAnswer or Verdict.Correct, $"verdict {result.Verdict}: {result.Detail}");
    }

    [Fact]
    public void DeeplyNestedAnswerIsEqualToItsValue()
    {
        var nested = new string('(', 40) + "7" + new string(')', 40);

        Assert.True(MathAnswerEquivalence.Instance.AreEquivalent(nested, "7"));
    }

    [Fact]
    public void VerifierIsAlsoEquivalence()
    {
        Assert.True(Verifier.AreEquivalent("0.5", "\\frac{1}{2}"));
        Assert.False(Verifier.AreEquivalent("0.5", "\\frac{1}{3}"));
    }
}
