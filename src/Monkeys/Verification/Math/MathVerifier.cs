using Monkeys.Problems;

namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Verifier for MATH-style problems: extracts the final answer with <see cref="MathAnswerExtractor"/>
/// and compares it with the problem's reference answer using <see cref="MathAnswerEquivalence"/>.
/// Never throws on sample text: malformed LaTeX, empty samples and comparison failures become
/// verdicts with a reason.
/// </summary>
public sealed class MathVerifier : IVerifier, IAnswerEquivalence
{
    /// <inheritdoc />
    public string Name => "math";

    /// <inheritdoc />
    public VerificationResult Verify(Problem problem, string completion)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (string.IsNullOrWhiteSpace(problem.ReferenceAnswer))
        {
            return new VerificationResult(Verdict.Error, null, $"Problem '{problem.Id}' has an empty reference answer.");
        }

        var extraction = MathAnswerExtractor.Extract(completion ?? string.Empty);
        if (extraction.Answer is null)
        {
            return new VerificationResult(Verdict.NoAnswer, null, extraction.Problem);
        }

        try
        {
            var equivalent = MathAnswerEquivalence.Instance.AreEquivalent(extraction.Answer, problem.ReferenceAnswer);
            return new VerificationResult(equivalent ? Verdict.Correct : Verdict.Incorrect, extraction.Answer, $"answer found by rule {extraction.Rule}");
        }
        catch (Exception exception) when (exception is ArithmeticException or OverflowException or InvalidOperationException or ArgumentException or OutOfMemoryException)
        {
            // A comparison bug must not stop a whole run; the sample is recorded as undecided.
            return new VerificationResult(Verdict.Error, extraction.Answer, $"Comparing with reference '{problem.ReferenceAnswer}' failed: {exception.Message}");
        }
    }

    /// <inheritdoc />
    public bool AreEquivalent(string answer, string otherAnswer) => MathAnswerEquivalence.Instance.AreEquivalent(answer, otherAnswer);
}
