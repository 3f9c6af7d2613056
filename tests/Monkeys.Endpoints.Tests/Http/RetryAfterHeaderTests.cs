using System.Net.Http.Headers;
using Monkeys.Endpoints.Http;

namespace Monkeys.Endpoints.Tests.Http;

public sealed class RetryAfterHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 21, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("3", 3.0)]
    [InlineData("0", 0.0)]
    [InlineData("Fri, 04 Dec 2026 21:00:10 GMT", 10.0)]
    [InlineData("Fri, 04 Dec 2026 20:59:00 GMT", 0.0)]
    public void Header_value_gives_delay(string value, double expectedSeconds)
    {
        HttpResponseHeaders headers = new HttpResponseMessage().Headers;
        headers.TryAddWithoutValidation("Retry-After", value);

        TimeSpan? delay = RetryAfterHeader.ReadDelay(headers, Now);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    public void Absent_or_unreadable_gives_null(string? value)
    {
        HttpResponseHeaders headers = new HttpResponseMessage().Headers;
        if (value is not null)
        {
            headers.TryAddWithoutValidation("Retry-After", value);
        }

        Assert.Null(RetryAfterHeader.ReadDelay(headers, Now));
    }
}
