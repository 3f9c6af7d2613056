using System.Text.Json;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Endpoints.Tests.Server;
using Monkeys.Endpoints.Tests.Support;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Endpoints.Tests.OpenAi;

public sealed class OpenAiSamplerRequestTests
{
    [Fact]
    public async Task Splits_samples_into_requests_of_configured_size()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([.. Enumerable.Range(0, 10)]));

        SampleAssert.EachIndexOnce(Enumerable.Range(0, 10), samples);
        Assert.Equal([2, 4, 4], server.Requests.Select(r => r.N).Order());
        long[] expectedSeeds = [SamplerRuns.ExpectedWireSeed(42, 0), SamplerRuns.ExpectedWireSeed(42, 4), SamplerRuns.ExpectedWireSeed(42, 8)];
        Assert.Equal(expectedSeeds.Order(), server.Requests.Select(r => r.Seed!.Value).Order());
    }

    [Fact]
    public async Task Choice_j_becomes_jth_index_of_its_request()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([.. Enumerable.Range(0, 10)]));

        foreach (Sample sample in samples)
        {
            // Requests hold indices 0-3, 4-7 and 8-9; the request's seed comes from its first index.
            int first = sample.Index / 4 * 4;
            int choice = sample.Index % 4;
            Assert.Equal($"seed={SamplerRuns.ExpectedWireSeed(42, first)};choice={choice};end", sample.Text);
            Assert.Equal(SampleSeeds.For(42, SamplerRuns.ProblemId, sample.Index), sample.Seed);
            Assert.Equal(SamplerRuns.ProblemId, sample.ProblemId);
        }
    }

    [Fact]
    public async Task Resume_requests_only_missing_indices()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));
        int[] missing = [3, 7, 8, 20, 21];

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request(missing));

        SampleAssert.EachIndexOnce(missing, samples);
        Assert.Equal([1, 4], server.Requests.Select(r => r.N).Order());
        // The requests hold [3, 7, 8, 20] and [21].
        Assert.Equal($"seed={SamplerRuns.ExpectedWireSeed(42, 3)};choice=3;end", samples.Single(s => s.Index == 20).Text);
        Assert.Equal($"seed={SamplerRuns.ExpectedWireSeed(42, 21)};choice=0;end", samples.Single(s => s.Index == 21).Text);
    }

    [Fact]
    public async Task Log_probabilities_are_summed_per_sample()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1]));

        foreach (Sample sample in samples)
        {
            Assert.Equal(-0.875, sample.LogProbability, 12);
            Assert.Equal(3, sample.TokenCount);
            Assert.Equal(FinishReason.Stop, sample.FinishReason);
        }

        Assert.Equal(1, server.Requests.Single().Body.GetProperty("logprobs").GetInt32());
    }

    [Fact]
    public async Task Max_tokens_reached_gives_length()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1], maxTokens: 2));

        foreach (Sample sample in samples)
        {
            Assert.Equal(FinishReason.Length, sample.FinishReason);
            Assert.Equal(2, sample.TokenCount);
            Assert.Equal(-0.75, sample.LogProbability, 12);
            Assert.EndsWith($";choice={sample.Index}", sample.Text);
        }
    }

    [Fact]
    public async Task Stop_string_is_cut_from_text()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], stops: [";choice"]));

        Sample sample = Assert.Single(samples);
        Assert.Equal($"seed={SamplerRuns.ExpectedWireSeed(42, 0)}", sample.Text);
        Assert.Equal(FinishReason.Stop, sample.FinishReason);
        Assert.Equal(2, sample.TokenCount);
        JsonElement stop = server.Requests.Single().Body.GetProperty("stop");
        Assert.Equal(";choice", stop[0].GetString());
    }

    [Fact]
    public async Task Missing_log_probabilities_give_nan()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.OfferLogProbabilities = false;
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { SamplesPerRequest = 1 });

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1, 2]));

        SampleAssert.EachIndexOnce([0, 1, 2], samples);
        Assert.All(samples, sample => Assert.True(double.IsNaN(sample.LogProbability)));
        Assert.All(samples, sample => Assert.Equal(3, sample.TokenCount));
        Assert.All(server.Requests, request => Assert.Equal(1, request.N));
    }

    [Fact]
    public async Task Chat_route_reads_message_content()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { Api = OpenAiApi.ChatCompletions });

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1, 2, 3, 4]));

        SampleAssert.EachIndexOnce([0, 1, 2, 3, 4], samples);
        RecordedRequest first = server.Requests.First();
        Assert.Equal("/v1/chat/completions", first.Path);
        Assert.True(first.Body.GetProperty("logprobs").GetBoolean());
        Assert.Equal("user", first.Body.GetProperty("messages")[0].GetProperty("role").GetString());
        Sample sample = samples.Single(s => s.Index == 1);
        Assert.Equal($"seed={SamplerRuns.ExpectedWireSeed(42, 0)};choice=1;end", sample.Text);
        Assert.Equal(-0.875, sample.LogProbability, 12);
    }

    [Fact]
    public async Task Request_body_carries_sampling_parameters()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], maxTokens: 7));

        JsonElement body = server.Requests.Single().Body;
        Assert.Equal("monkey-test", body.GetProperty("model").GetString());
        Assert.Equal("Q: 2+3\nA:", body.GetProperty("prompt").GetString());
        Assert.Equal(7, body.GetProperty("max_tokens").GetInt32());
        Assert.Equal(0.6, body.GetProperty("temperature").GetDouble());
        Assert.Equal(0.95, body.GetProperty("top_p").GetDouble());
        Assert.False(body.GetProperty("stream").GetBoolean());
        Assert.Equal("/v1/completions", server.Requests.Single().Path);
    }

    [Fact]
    public async Task Seed_is_left_out_when_disabled()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { SendSeed = false, RequestLogProbabilities = false });

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0]));

        Assert.Null(server.Requests.Single().Seed);
        Assert.False(server.Requests.Single().Body.TryGetProperty("logprobs", out _));
        Assert.Equal("seed=none;choice=0;end", Assert.Single(samples).Text);
    }

    [Fact]
    public async Task Fewer_choices_than_n_are_requested_again()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.CompleteFewer(1));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1, 2, 3]));

        SampleAssert.EachIndexOnce([0, 1, 2, 3], samples);
        Assert.Equal([4, 3], server.Requests.Select(r => r.N));
        Assert.Equal(SamplerRuns.ExpectedWireSeed(42, 1), server.Requests.Last().Seed);
    }

    [Fact]
    public async Task Empty_request_sends_nothing()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([]));

        Assert.Empty(samples);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Repeated_index_is_rejected()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([1, 2, 1])));

        Assert.Contains("index 1", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Many_samples_use_many_requests_at_once()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.ResponseDelay = TimeSpan.FromMilliseconds(100);
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { SamplesPerRequest = 2 });

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([.. Enumerable.Range(0, 64)]));

        SampleAssert.EachIndexOnce(Enumerable.Range(0, 64), samples);
        Assert.Equal(32, server.Requests.Count);
        Assert.InRange(server.MaxInFlight, 2, 8);
    }
}
