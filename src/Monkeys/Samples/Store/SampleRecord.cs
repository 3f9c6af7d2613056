using Monkeys.Verification;

namespace Monkeys.Samples.Store;

/// <summary>
/// One stored sample together with its verifier decision: a single line of <c>samples.jsonl</c>.
/// </summary>
/// <param name="Sample">The sample as the sampler produced it.</param>
/// <param name="Verdict">The verifier's outcome for the sample.</param>
/// <param name="ExtractedAnswer">Answer the verifier read from the sample text; null when there is none.</param>
/// <param name="RewardScore">Score of a reward model for the sample (for example a log-probability of "correct"); null when the sample was not scored.</param>
/// <param name="Detail">The verifier's short reason; null when it gave none.</param>
public sealed record SampleRecord(
    Sample Sample,
    Verdict Verdict,
    string? ExtractedAnswer,
    double? RewardScore = null,
    string? Detail = null)
{
    /// <summary>Creates a record from a sample and the verifier's result.</summary>
    public SampleRecord(Sample sample, VerificationResult result, double? rewardScore = null)
        : this(sample, result.Verdict, result.ExtractedAnswer, rewardScore, result.Detail)
    {
    }

    /// <summary>True when <see cref="Verdict"/> is <see cref="Verdict.Correct"/>.</summary>
    public bool IsCorrect => Verdict == Verdict.Correct;
}
