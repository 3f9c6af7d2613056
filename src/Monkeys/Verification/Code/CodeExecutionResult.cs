namespace Monkeys.Verification.Code;

/// <summary>Verdict of running one program against its tests, with the reason.</summary>
/// <param name="Verdict">The outcome.</param>
/// <param name="FailedTest">One-based index of the first failing test (for HumanEval, the index of the failing <c>assert</c> in the test code); null unless <see cref="CodeVerdict.FailedTest"/>.</param>
/// <param name="Detail">Short reason: the error's last line, the limit hit, or the mismatch.</param>
public sealed record CodeExecutionResult(CodeVerdict Verdict, int? FailedTest, string Detail)
{
    /// <summary>Converts to the verifier contract: passed is correct, sandbox errors are errors, no code is no answer, the rest incorrect.</summary>
    public VerificationResult ToVerificationResult(string? extractedCode) => Verdict switch
    {
        CodeVerdict.Passed => new VerificationResult(Monkeys.Verification.Verdict.Correct, extractedCode, Detail),
        CodeVerdict.SandboxError => new VerificationResult(Monkeys.Verification.Verdict.Error, extractedCode, Detail),
        CodeVerdict.NoCode => new VerificationResult(Monkeys.Verification.Verdict.NoAnswer, null, Detail),
        _ => new VerificationResult(Monkeys.Verification.Verdict.Incorrect, extractedCode, Detail),
    };
}
