using Monkeys.Endpoints.Http;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Endpoints.Tests.Server;
using Monkeys.Endpoints.Tests.Support;
using Monkeys.Samples;

namespace Monkeys.Endpoints.Tests.OpenAi;

public sealed class OpenAiSamplerFailoverTests
{
    [Fact]
    public async Task Requests_spread_over_endpoints()
    {
        await using FakeOpenAiServer first = await FakeOpenAiServer.StartAsync();
        await using FakeOpenAiServer second = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(first, second) with { SamplesPerRequest = 1 });

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([.. Enumerable.Range(0, 20)]));

        SampleAssert.EachIndexOnce(Enumerable.Range(0, 20), samples);
        Assert.Equal(20, first.Requests.Count + second.Requests.Count);
        Assert.NotEmpty(first.Requests);
        Assert.NotEmpty(second.Requests);
    }

    [Fact]
    public async Task Concurrency_limit_holds_per_endpoint()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.ResponseDelay = TimeSpan.FromMilliseconds(50);
        OpenAiSamplerOptions options = SamplerRuns.Options(server) with
        {
            Endpoints = [new EndpointOptions(server.BaseUrl, MaxConcurrentRequests: 3)],
            SamplesPerRequest = 1,
        };
        using var sampler = new OpenAiSampler(options);

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([.. Enumerable.Range(0, 30)]));

        SampleAssert.EachIndexOnce(Enumerable.Range(0, 30), samples);
        Assert.InRange(server.MaxInFlight, 1, 3);
    }

    [Fact]
    public async Task Endpoint_going_away_mid_run_fails_over()
    {
        await using FakeOpenAiServer doomed = await FakeOpenAiServer.StartAsync();
        await using FakeOpenAiServer survivor = await FakeOpenAiServer.StartAsync();

        // The doomed replica accepts requests but never responds, then dies with them in flight.
        for (int i = 0; i < 100; i++)
        {
            doomed.Script.Enqueue(new ServerAction.Hang());
        }

        survivor.ResponseDelay = TimeSpan.FromMilliseconds(20);
        var logger = new CapturingLogger();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(doomed, survivor) with { SamplesPerRequest = 2, Logger = logger });

        Task<List<Sample>> run = SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([.. Enumerable.Range(0, 40)]));
        await doomed.WaitForRequestsAsync(2);
        await doomed.StopAsync();
        List<Sample> samples = await run;

        SampleAssert.EachIndexOnce(Enumerable.Range(0, 40), samples);
        Assert.All(samples, sample => Assert.Equal(FinishReason.Stop, sample.FinishReason));
        Assert.Contains($"Endpoint {doomed.BaseUrl} taken out", logger.AllText);
    }

    [Fact]
    public async Task All_endpoints_gone_names_endpoint()
    {
        FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        Uri baseUrl = server.BaseUrl;
        await server.DisposeAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { MaxAttempts = 2 });

        var error = await Assert.ThrowsAsync<EndpointRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1])));

        Assert.Equal(EndpointFailureKind.Connection, error.Kind);
        Assert.Null(error.StatusCode);
        Assert.Contains($"{baseUrl}/completions", error.Message);
        Assert.Contains("server is running", error.Message);
    }

    [Fact]
    public async Task Failing_endpoint_is_bypassed_for_the_healthy_one()
    {
        await using FakeOpenAiServer failing = await FakeOpenAiServer.StartAsync();
        await using FakeOpenAiServer healthy = await FakeOpenAiServer.StartAsync();
        for (int i = 0; i < 100; i++)
        {
            failing.Script.Enqueue(new ServerAction.Fail(503, "warming up"));
        }

        OpenAiSamplerOptions options = SamplerRuns.Options(failing, healthy) with
        {
            SamplesPerRequest = 1,
            InitialBackoff = TimeSpan.FromSeconds(30),
            MaxBackoff = TimeSpan.FromSeconds(30),
        };
        using var sampler = new OpenAiSampler(options);

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([.. Enumerable.Range(0, 24)]));

        SampleAssert.EachIndexOnce(Enumerable.Range(0, 24), samples);

        // Taken out for at least 15 s after its first failure, the failing replica only receives the
        // requests that were already on their way to it.
        Assert.InRange(failing.Requests.Count, 1, 8);
        Assert.Equal(24, healthy.Requests.Count);
    }
}
