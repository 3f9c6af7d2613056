namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Decides whether two MATH-style answers are equivalent: LaTeX is normalised
/// (<see cref="LatexNormalizer"/> lists the rules), the structure is read (tuples, intervals, sets,
/// equations, matrices, text), and scalars are compared exactly as rationals or numerically with a
/// relative tolerance of 1e-9. Work per comparison is bounded: no code is run, answers longer than
/// 1,000 characters compare as text, and exact arithmetic stops at 200,000-bit numbers, 10,000th
/// powers and 5,000!.
/// </summary>
/// <remarks>
/// Percent signs are dropped and never rescale the number: <c>10\%</c> equals <c>10</c> but not
/// <c>0.1</c>, and <c>0.5</c> never equals <c>50</c>. Units written in <c>\text{…}</c> or
/// <c>\mbox{…}</c> after a value are dropped; units written as bare words are not. The class is
/// stateless and safe to use from several threads.
/// </remarks>
public sealed class MathAnswerEquivalence : IAnswerEquivalence
{
    /// <summary>Shared instance.</summary>
    public static MathAnswerEquivalence Instance { get; } = new();

    /// <inheritdoc />
    public bool AreEquivalent(string answer, string otherAnswer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(otherAnswer);
        var normalizedAnswer = LatexNormalizer.Normalize(answer);
        var normalizedOther = LatexNormalizer.Normalize(otherAnswer);
        if (normalizedAnswer.Length == 0 || normalizedOther.Length == 0)
        {
            return false;
        }

        if (string.Equals(normalizedAnswer, normalizedOther, StringComparison.Ordinal))
        {
            return true;
        }

        return MathAnswerComparer.AreEquivalent(MathAnswerParser.Parse(normalizedAnswer), MathAnswerParser.Parse(normalizedOther));
    }

    /// <summary>Returns the normalised form of an answer, as shown in verification results.</summary>
    public static string Normalize(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return LatexNormalizer.Normalize(answer);
    }
}
