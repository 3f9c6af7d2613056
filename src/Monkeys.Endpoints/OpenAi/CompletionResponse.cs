namespace Monkeys.Endpoints.OpenAi;

/// <summary>The parts of a completions or chat-completions response the sampler uses.</summary>
/// <param name="Choices">The <c>choices</c> array in response order.</param>
/// <param name="CompletionTokens"><c>usage.completion_tokens</c>, summed over all choices; null when the server sent no usage.</param>
internal sealed record CompletionResponse(IReadOnlyList<CompletionChoice> Choices, int? CompletionTokens);
