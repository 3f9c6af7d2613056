using Monkeys.Endpoints.Http;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>Outcome of one request attempt: a parsed response with its per-choice token counts, or a failure.</summary>
/// <param name="Response">The parsed response; null on failure.</param>
/// <param name="TokenCounts">Generated-token count of each choice, in response order; empty on failure.</param>
/// <param name="Failure">What went wrong; null on success.</param>
internal readonly record struct AttemptResult(CompletionResponse? Response, int[] TokenCounts, EndpointFailure? Failure)
{
    public static AttemptResult Succeeded(CompletionResponse response, int[] tokenCounts) => new(response, tokenCounts, null);

    public static AttemptResult Failed(EndpointFailure failure) => new(null, [], failure);
}
