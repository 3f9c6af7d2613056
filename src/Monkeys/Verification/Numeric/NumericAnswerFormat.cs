namespace Monkeys.Verification.Numeric;

/// <summary>Where <see cref="NumericVerifier"/> looks for the final answer in a completion.</summary>
public enum NumericAnswerFormat
{
    /// <summary>
    /// GSM8K's strict form: the answer is the one number on the first non-empty line after the last
    /// <c>####</c>. No <c>####</c>, no number there, or several numbers there (a list such as <c>1, 2</c>)
    /// give <see cref="Verdict.NoAnswer"/>.
    /// </summary>
    Gsm8k,

    /// <summary>The answer is the last number anywhere in the completion; none gives <see cref="Verdict.NoAnswer"/>.</summary>
    LastNumber,
}
