using Monkeys.Verification;

namespace Monkeys.Analysis.Import;

/// <summary>A sample whose released verdict differs from our verifier's.</summary>
/// <param name="ProblemId">Problem of the sample.</param>
/// <param name="SampleIndex">Index of the sample in the row.</param>
/// <param name="ReleasedCorrect">The released <c>is_corrects</c> value.</param>
/// <param name="Verdict">Our verifier's verdict.</param>
/// <param name="ExtractedAnswer">Answer our verifier read; null when none.</param>
/// <param name="Detail">Our verifier's reason, when it gave one.</param>
public sealed record VerdictDisagreement(
    string ProblemId,
    int SampleIndex,
    bool ReleasedCorrect,
    Verdict Verdict,
    string? ExtractedAnswer,
    string? Detail);
