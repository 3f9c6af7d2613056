namespace Monkeys.Endpoints.Chat;

/// <summary>Settings of a <see cref="ChatClientSampler"/>.</summary>
public sealed record ChatClientSamplerOptions
{
    /// <summary>Maximum number of requests in flight at once; at least 1.</summary>
    public int MaxConcurrentRequests { get; init; } = 8;

    /// <summary>Model id put in <c>ChatOptions.ModelId</c>; null leaves the client's default.</summary>
    public string? ModelId { get; init; }

    /// <summary>Text recorded in run manifests; null describes the client by its type and model id.</summary>
    public string? Description { get; init; }

    /// <summary>
    /// Counts a completion's tokens when the client reports no <c>Usage.OutputTokenCount</c>; null
    /// makes a missing count an error.
    /// </summary>
    public Func<string, int>? CountTokens { get; init; }
}
