using System.Net.Http.Headers;

namespace Monkeys.Endpoints.Http;

/// <summary>Reads the <c>Retry-After</c> response header (RFC 9110, section 10.2.3).</summary>
internal static class RetryAfterHeader
{
    /// <summary>
    /// Returns the delay the server asked for: the header's seconds, or the time from
    /// <paramref name="now"/> to its HTTP-date (zero when that date has passed). Returns null when
    /// the header is absent or unreadable.
    /// </summary>
    public static TimeSpan? ReadDelay(HttpResponseHeaders headers, DateTimeOffset now)
    {
        RetryConditionHeaderValue? retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            TimeSpan untilDate = date - now;
            return untilDate < TimeSpan.Zero ? TimeSpan.Zero : untilDate;
        }

        return null;
    }
}
