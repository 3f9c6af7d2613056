using Monkeys.Endpoints.Http;

namespace Monkeys.Endpoints.Tests.Http;

public sealed class BackoffTests
{
    private static readonly Backoff Backoff = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));

    [Theory]
    // failures, unit random, expected milliseconds: base = min(1000, 100 · 2^(f−1)), drawn in [base/2, base].
    [InlineData(1, 0.0, 50)]
    [InlineData(1, 1.0, 100)]
    [InlineData(2, 0.5, 150)]
    [InlineData(3, 1.0, 400)]
    [InlineData(4, 0.0, 400)]
    [InlineData(5, 1.0, 1000)]
    [InlineData(60, 1.0, 1000)]
    public void Delay_doubles_up_to_max(int failures, double unitRandom, double expectedMilliseconds)
    {
        TimeSpan delay = Backoff.NextDelay(failures, retryAfter: null, unitRandom);

        Assert.Equal(expectedMilliseconds, delay.TotalMilliseconds, 6);
    }

    [Fact]
    public void Longer_retry_after_wins()
    {
        TimeSpan delay = Backoff.NextDelay(1, TimeSpan.FromSeconds(7), 0.5);

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void Shorter_retry_after_keeps_backoff()
    {
        TimeSpan delay = Backoff.NextDelay(3, TimeSpan.FromMilliseconds(10), 0.0);

        Assert.Equal(TimeSpan.FromMilliseconds(200), delay);
    }
}
