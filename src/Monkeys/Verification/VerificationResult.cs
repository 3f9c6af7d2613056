namespace Monkeys.Verification;

/// <summary>A verifier's decision on one sample.</summary>
/// <param name="Verdict">The outcome.</param>
/// <param name="ExtractedAnswer">Answer the verifier read from the sample, normalised for display; null when there is none.</param>
/// <param name="Detail">Short human-readable reason (for example which test failed); null when there is nothing to add.</param>
public sealed record VerificationResult(Verdict Verdict, string? ExtractedAnswer, string? Detail = null)
{
    /// <summary>True when <see cref="Verdict"/> is <see cref="Verdict.Correct"/>.</summary>
    public bool IsCorrect => Verdict == Verdict.Correct;
}
