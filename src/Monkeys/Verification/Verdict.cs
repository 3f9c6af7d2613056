namespace Monkeys.Verification;

/// <summary>Outcome of checking one sample against its problem's reference answer.</summary>
public enum Verdict
{
    /// <summary>The extracted answer is equivalent to the reference answer.</summary>
    Correct,

    /// <summary>An answer was extracted and it differs from the reference answer.</summary>
    Incorrect,

    /// <summary>The sample contains no answer in the format the verifier expects.</summary>
    NoAnswer,

    /// <summary>The verifier could not decide (for example the reference answer itself is unreadable, or a sandbox failed).</summary>
    Error,
}
