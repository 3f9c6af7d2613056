namespace Monkeys.Analysis;

/// <summary>What analysis needs of one verified sample: its answer, its verdict and an optional reward score.</summary>
/// <param name="Answer">Answer extracted from the sample; null when the sample gave no answer (a null answer never wins a vote).</param>
/// <param name="IsCorrect">Whether the verifier judged the sample correct.</param>
/// <param name="RewardScore">Score of a reward model or verifier model, higher meaning more likely correct; null when the sample was not scored.</param>
public readonly record struct SampleOutcome(string? Answer, bool IsCorrect, double? RewardScore = null);
