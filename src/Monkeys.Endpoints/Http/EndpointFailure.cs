using System.Net;

namespace Monkeys.Endpoints.Http;

/// <summary>One failed attempt of one request, before it is retried or turned into an exception.</summary>
/// <param name="RequestUrl">URL the request was sent to.</param>
/// <param name="Kind">How the attempt failed.</param>
/// <param name="StatusCode">HTTP status; null when no response arrived.</param>
/// <param name="BodyExcerpt">Start of the response body with the API key masked; null when there was none.</param>
/// <param name="Detail">What went wrong, in words (the parse error, the socket error).</param>
/// <param name="RetryAfter">Delay the server asked for in <c>Retry-After</c>; null when it gave none.</param>
internal sealed record EndpointFailure(
    Uri RequestUrl,
    EndpointFailureKind Kind,
    HttpStatusCode? StatusCode,
    string? BodyExcerpt,
    string Detail,
    TimeSpan? RetryAfter = null)
{
    /// <summary>
    /// True when another attempt may succeed: timeouts, broken connections, malformed bodies, and
    /// the statuses 408, 409, 425, 429 and 5xx. Other 4xx statuses mean the request itself is wrong.
    /// </summary>
    public bool IsRetryable => Kind != EndpointFailureKind.HttpStatus || IsRetryableStatus((int)StatusCode!.Value);

    private static bool IsRetryableStatus(int status) =>
        status is 408 or 409 or 425 or 429 || status >= 500;
}
