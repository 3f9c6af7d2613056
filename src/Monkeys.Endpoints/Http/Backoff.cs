namespace Monkeys.Endpoints.Http;

/// <summary>
/// Exponential back-off with jitter: after the f-th consecutive failure of an endpoint the base delay
/// is min(max, initial · 2^(f−1)), and the delay drawn is uniform in [base/2, base], so replicas
/// retried by many workers do not all come back at the same instant. A server's <c>Retry-After</c>
/// is a lower bound on the delay.
/// </summary>
internal sealed class Backoff(TimeSpan initial, TimeSpan max)
{
    /// <summary>Returns the delay before an endpoint is tried again.</summary>
    /// <param name="consecutiveFailures">Failures in a row, counting this one; at least 1.</param>
    /// <param name="retryAfter">Delay the server asked for, if any.</param>
    /// <param name="unitRandom">A uniform draw from [0, 1).</param>
    public TimeSpan NextDelay(int consecutiveFailures, TimeSpan? retryAfter, double unitRandom)
    {
        // Cap the exponent so the multiplication cannot overflow; 2^30 · 1 ms already exceeds any sane max.
        int exponent = Math.Min(consecutiveFailures - 1, 30);
        double baseTicks = Math.Min(max.Ticks, initial.Ticks * Math.Pow(2, exponent));
        var jittered = TimeSpan.FromTicks((long)(baseTicks * (0.5 + (0.5 * unitRandom))));
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }
}
