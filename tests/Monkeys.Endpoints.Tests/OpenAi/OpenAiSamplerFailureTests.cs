using System.Net;
using Monkeys.Endpoints.Http;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Endpoints.Tests.Server;
using Monkeys.Endpoints.Tests.Support;
using Monkeys.Samples;

namespace Monkeys.Endpoints.Tests.OpenAi;

public sealed class OpenAiSamplerFailureTests
{
    private const string RateLimitBody = """{"error":{"message":"Rate limit reached","type":"rate_limit_error"}}""";

    [Fact]
    public async Task Rate_limit_with_retry_after_seconds_then_success()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.Fail(429, RateLimitBody, RetryAfter: "1"));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1, 2, 3]));

        SampleAssert.EachIndexOnce([0, 1, 2, 3], samples);
        RecordedRequest[] requests = [.. server.Requests];
        Assert.Equal(2, requests.Length);

        // The back-off configured here is at most 50 ms, so only Retry-After explains a 1 s gap.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), "the retry came before Retry-After elapsed");
    }

    [Fact]
    public async Task Rate_limit_with_retry_after_date_then_success()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        string inTwoSeconds = (DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2)).ToString("r");
        server.Script.Enqueue(new ServerAction.Fail(429, RateLimitBody, RetryAfter: inTwoSeconds));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1]));

        SampleAssert.EachIndexOnce([0, 1], samples);
        RecordedRequest[] requests = [.. server.Requests];
        Assert.Equal(2, requests.Length);

        // An HTTP-date has whole seconds, so the wait is at least one second from any point in the first.
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950), "the retry came before the Retry-After date");
    }

    [Fact]
    public async Task Server_error_then_success()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.Fail(500, """{"error":{"message":"CUDA out of memory"}}"""));
        server.Script.Enqueue(new ServerAction.Fail(503, "upstream overloaded"));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1, 2]));

        SampleAssert.EachIndexOnce([0, 1, 2], samples);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Persistent_server_error_names_endpoint()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        for (int i = 0; i < 3; i++)
        {
            server.Script.Enqueue(new ServerAction.Fail(500, """{"error":{"message":"CUDA out of memory"}}"""));
        }

        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { MaxAttempts = 3 });

        var error = await Assert.ThrowsAsync<EndpointRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1])));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(new Uri(server.BaseUrl + "/completions"), error.RequestUrl);
        Assert.Contains($"{server.BaseUrl}/completions", error.Message);
        Assert.Contains("HTTP 500", error.Message);
        Assert.Contains("CUDA out of memory", error.Message);
        Assert.Contains("3 attempts", error.Message);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Bad_request_fails_without_retry()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.Fail(400, """{"error":{"message":"n must be at most 2"}}"""));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        var error = await Assert.ThrowsAsync<EndpointRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1, 2])));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(1, error.Attempts);
        Assert.Contains("n must be at most 2", error.Message);
        Assert.Contains("samples per request", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Hanging_request_times_out_and_is_retried()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.Hang());
        var logger = new CapturingLogger();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { RequestTimeout = TimeSpan.FromMilliseconds(500), Logger = logger });

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1, 2, 3]));

        SampleAssert.EachIndexOnce([0, 1, 2, 3], samples);
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("request timeout", logger.AllText);
    }

    [Fact]
    public async Task Hanging_every_time_fails_with_timeout()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.Hang());
        server.Script.Enqueue(new ServerAction.Hang());
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { RequestTimeout = TimeSpan.FromMilliseconds(300), MaxAttempts = 2 });

        var error = await Assert.ThrowsAsync<EndpointRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0])));

        Assert.Equal(EndpointFailureKind.Timeout, error.Kind);
        Assert.Null(error.StatusCode);
        Assert.Contains($"{server.BaseUrl}/completions", error.Message);
        Assert.Contains("0.3 s", error.Message);
    }

    [Fact]
    public async Task Malformed_json_then_success()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.RawBody("""{"choices": [{"index": 0, "text": "tru"""));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1]));

        SampleAssert.EachIndexOnce([0, 1], samples);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Malformed_json_every_time_names_status_and_body()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.RawBody("<html>502 Bad Gateway</html>"));
        server.Script.Enqueue(new ServerAction.RawBody("<html>502 Bad Gateway</html>"));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { MaxAttempts = 2 });

        var error = await Assert.ThrowsAsync<EndpointRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0])));

        Assert.Equal(EndpointFailureKind.MalformedResponse, error.Kind);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("not valid JSON", error.Message);
        Assert.Contains("<html>502 Bad Gateway</html>", error.Message);
        Assert.Contains($"{server.BaseUrl}/completions", error.Message);
    }

    [Fact]
    public async Task Repeated_choice_index_is_retried()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        const string twice = """
            {"id":"x","object":"text_completion","choices":[
              {"index":0,"text":"a","logprobs":null,"finish_reason":"stop"},
              {"index":0,"text":"b","logprobs":null,"finish_reason":"stop"}],
             "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}
            """;
        server.Script.Enqueue(new ServerAction.RawBody(twice));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([5, 6]));

        SampleAssert.EachIndexOnce([5, 6], samples);
        Assert.DoesNotContain(samples, s => s.Text is "a" or "b");
    }

    [Fact]
    public async Task Unknown_finish_reason_fails_with_its_value()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        const string filtered = """{"choices":[{"index":0,"text":"","logprobs":null,"finish_reason":"content_filter"}],"usage":{"completion_tokens":0}}""";
        server.Script.Enqueue(new ServerAction.RawBody(filtered));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { MaxAttempts = 1 });

        var error = await Assert.ThrowsAsync<EndpointRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0])));

        Assert.Contains("content_filter", error.Message);
    }

    [Fact]
    public async Task Cancellation_stops_hanging_requests()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.Hang());
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));
        using var cancellation = new CancellationTokenSource();

        Task<List<Sample>> run = SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1]), cancellation.Token);
        await server.WaitForRequestsAsync(1);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Stopping_enumeration_early_is_clean()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { SamplesPerRequest = 1 });

        var taken = new List<Sample>();
        await foreach (Sample sample in sampler.SampleAsync(SamplerRuns.Request([.. Enumerable.Range(0, 40)])))
        {
            taken.Add(sample);
            if (taken.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(3, taken.Count);
        Assert.Equal(3, taken.Select(s => s.Index).Distinct().Count());
    }
}
