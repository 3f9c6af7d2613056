namespace Monkeys.Endpoints.Http;

/// <summary>
/// Health and load of one endpoint. Every field is guarded by the owning <see cref="EndpointPool"/>'s lock.
/// </summary>
/// <remarks>
/// States: in service (up to its concurrency limit), taken out until <see cref="OutUntil"/>, then on
/// probation (one request at a time) until a request succeeds.
/// </remarks>
internal sealed class EndpointState(EndpointOptions options, Uri requestUrl)
{
    /// <summary>The endpoint's configuration.</summary>
    public EndpointOptions Options { get; } = options;

    /// <summary>Full URL of the completions or chat-completions route.</summary>
    public Uri RequestUrl { get; } = requestUrl;

    /// <summary>Requests now in flight.</summary>
    public int InFlight { get; set; }

    /// <summary>Failures since the last success.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>Time before which no request is sent; <see cref="DateTimeOffset.MinValue"/> when in service.</summary>
    public DateTimeOffset OutUntil { get; set; } = DateTimeOffset.MinValue;

    /// <summary>True after a failure until the next success: at most one request is in flight.</summary>
    public bool OnProbation { get; set; }

    /// <summary>Returns true when a new request may be sent at <paramref name="now"/>.</summary>
    public bool CanTake(DateTimeOffset now) =>
        now >= OutUntil && InFlight < (OnProbation ? 1 : Options.MaxConcurrentRequests);
}
