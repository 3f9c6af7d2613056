using Monkeys.Samples;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>One entry of a response's <c>choices</c> array.</summary>
/// <param name="Index">The choice's <c>index</c>, from 0 to n − 1.</param>
/// <param name="Text">Generated text (<c>text</c>, or <c>message.content</c> for chat).</param>
/// <param name="FinishReason">The choice's <c>finish_reason</c>.</param>
/// <param name="LogProbabilityTokenCount">Number of per-token log-probabilities; null when the choice carries none.</param>
/// <param name="LogProbability">Sum of the per-token log-probabilities; NaN when the choice carries none.</param>
internal sealed record CompletionChoice(
    int Index,
    string Text,
    FinishReason FinishReason,
    int? LogProbabilityTokenCount,
    double LogProbability);
