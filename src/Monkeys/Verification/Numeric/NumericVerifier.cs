using Monkeys.Problems;

namespace Monkeys.Verification.Numeric;

/// <summary>
/// Checks numeric final answers (GSM8K style) by exact rational comparison with the reference answer.
/// </summary>
/// <remarks>
/// <para>The completion's answer is read as <see cref="NumericAnswerFormat"/> says, the reference answer
/// must be text containing exactly one number, and both are read by the same rules: <c>$</c>, thousands
/// separators, trailing periods, signs before or after <c>$</c>, decimals and integer fractions, all as
/// exact rationals, so <c>3.50</c> equals <c>7/2</c> and <c>0.1</c> equals <c>1/10</c>. There is no
/// tolerance: <c>1000001</c> differs from <c>1000000</c>.</para>
/// <para>Verdicts: <see cref="Verdict.NoAnswer"/> when the completion has no single readable answer (no
/// <c>####</c> in the GSM8K format, or a list such as <c>1, 2</c> after it); <see cref="Verdict.Error"/>
/// when the reference answer is unreadable; otherwise <see cref="Verdict.Correct"/> or
/// <see cref="Verdict.Incorrect"/>. <see cref="VerificationResult.ExtractedAnswer"/> is the canonical
/// form of <see cref="Rational.ToString"/> (<c>7/2</c>, <c>-5</c>, <c>80000</c>). Stateless and safe to
/// call from several threads.</para>
/// </remarks>
public sealed class NumericVerifier : IVerifier, IAnswerEquivalence
{
    /// <summary>Creates a verifier that reads answers in <paramref name="format"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public NumericVerifier(NumericAnswerFormat format = NumericAnswerFormat.Gsm8k)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, $"Numeric answer format {format} is invalid; use Gsm8k or LastNumber.");
        }

        Format = format;
    }

    /// <summary>Where answers are read from.</summary>
    public NumericAnswerFormat Format { get; }

    /// <summary><c>numeric-gsm8k</c> or <c>numeric-last-number</c>.</summary>
    public string Name => Format == NumericAnswerFormat.Gsm8k ? "numeric-gsm8k" : "numeric-last-number";

    /// <inheritdoc/>
    public VerificationResult Verify(Problem problem, string completion)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(completion);

        var reference = NumericAnswerReader.ReadSingle(problem.ReferenceAnswer);
        if (reference.Value is not Rational expected)
        {
            return new VerificationResult(
                Verdict.Error,
                null,
                $"The reference answer of problem '{problem.Id}' is unreadable: {reference.Problem}. Fix the reference to hold exactly one number.");
        }

        var answer = NumericAnswerReader.Read(completion, Format);
        if (answer.Value is not Rational actual)
        {
            return new VerificationResult(Verdict.NoAnswer, null, answer.Problem);
        }

        return actual == expected
            ? new VerificationResult(Verdict.Correct, actual.ToString())
            : new VerificationResult(Verdict.Incorrect, actual.ToString(), $"expected {expected}");
    }

    /// <summary>
    /// Returns true when both answers contain exactly one number and the numbers are equal. Otherwise
    /// the trimmed texts are compared ordinally, so an unreadable answer groups only with identical text.
    /// </summary>
    public bool AreEquivalent(string answer, string otherAnswer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(otherAnswer);

        var left = NumericAnswerReader.ReadSingle(answer);
        var right = NumericAnswerReader.ReadSingle(otherAnswer);
        if (left.Value is Rational leftValue && right.Value is Rational rightValue)
        {
            return leftValue == rightValue;
        }

        return string.Equals(answer.Trim(), otherAnswer.Trim(), StringComparison.Ordinal);
    }
}
