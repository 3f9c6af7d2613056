using Microsoft.Extensions.Logging;
using Monkeys.Endpoints.Http;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>Settings of an <see cref="OpenAiSampler"/>.</summary>
/// <remarks>
/// The API key is never part of these options: the sampler reads it from the environment variable
/// named by <see cref="ApiKeyEnvironmentVariable"/> when it is created, so printing or logging the
/// options cannot leak it.
/// </remarks>
public sealed record OpenAiSamplerOptions
{
    /// <summary>Server replicas, used round-robin; at least one.</summary>
    public required IReadOnlyList<EndpointOptions> Endpoints { get; init; }

    /// <summary>Model name sent in every request's <c>model</c> field (for vLLM, the served model name).</summary>
    public required string Model { get; init; }

    /// <summary>Route to call; completions by default.</summary>
    public OpenAiApi Api { get; init; } = OpenAiApi.Completions;

    /// <summary>
    /// Maximum number of samples asked for in one request (the request's <c>n</c>); a problem's
    /// samples are split into requests of at most this many. At least 1.
    /// </summary>
    public int SamplesPerRequest { get; init; } = 16;

    /// <summary>Time one request may take, from sending to the end of the response body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time allowed to open a TCP connection to an endpoint.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Attempts per request before the run fails, counting the first; at least 1. Each retry may go
    /// to another endpoint.
    /// </summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>Back-off after an endpoint's first failure; it doubles with each further consecutive failure.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of the exponential back-off (a server's <c>Retry-After</c> may ask for longer, and is honoured).</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Name of the environment variable holding the API key, sent as <c>Authorization: Bearer</c>;
    /// null, or a variable that is unset or empty, sends no key (local servers need none).
    /// </summary>
    public string? ApiKeyEnvironmentVariable { get; init; } = "OPENAI_API_KEY";

    /// <summary>Whether requests carry a <c>seed</c>; turn off for servers that reject the field.</summary>
    public bool SendSeed { get; init; } = true;

    /// <summary>
    /// Whether requests ask for the sampled tokens' log-probabilities (<c>logprobs: 1</c> on
    /// completions, <c>logprobs: true</c> on chat), so samples carry
    /// <see cref="Monkeys.Samples.Sample.LogProbability"/>.
    /// </summary>
    public bool RequestLogProbabilities { get; init; } = true;

    /// <summary>Logger for retries, endpoints taken out and brought back; none by default.</summary>
    public ILogger? Logger { get; init; }
}
