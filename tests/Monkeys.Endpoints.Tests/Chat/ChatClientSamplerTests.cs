using Microsoft.Extensions.AI;
using Monkeys.Endpoints.Chat;
using Monkeys.Endpoints.Tests.Support;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Endpoints.Tests.Chat;

public sealed class ChatClientSamplerTests
{
    [Fact]
    public async Task Each_index_is_one_call()
    {
        var client = new RecordingChatClient();
        var sampler = new ChatClientSampler(client);

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([2, 5, 9, 11]));

        SampleAssert.EachIndexOnce([2, 5, 9, 11], samples);
        Assert.Equal(4, client.Calls.Count);
        foreach (Sample sample in samples)
        {
            Assert.Equal(SampleSeeds.For(42, SamplerRuns.ProblemId, sample.Index), sample.Seed);
            Assert.Equal($"seed={SamplerRuns.ExpectedWireSeed(42, sample.Index)}", sample.Text);
            Assert.Equal(3, sample.TokenCount);
            Assert.Equal(FinishReason.Stop, sample.FinishReason);
            Assert.True(double.IsNaN(sample.LogProbability));
        }
    }

    [Fact]
    public async Task Sampling_parameters_map_to_chat_options()
    {
        var client = new RecordingChatClient();
        var sampler = new ChatClientSampler(client, new ChatClientSamplerOptions { ModelId = "tiny-7b" });

        await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], maxTokens: 12, stops: ["\n\n", "Q:"]));

        (IReadOnlyList<ChatMessage> messages, ChatOptions options) = Assert.Single(client.Calls);
        ChatMessage message = Assert.Single(messages);
        Assert.Equal(ChatRole.User, message.Role);
        Assert.Equal("Q: 2+3\nA:", message.Text);
        Assert.Equal(0.6f, options.Temperature);
        Assert.Equal(0.95f, options.TopP);
        Assert.Equal(12, options.MaxOutputTokens);
        Assert.Equal(["\n\n", "Q:"], options.StopSequences!);
        Assert.Equal(SamplerRuns.ExpectedWireSeed(42, 0), options.Seed);
        Assert.Equal("tiny-7b", options.ModelId);
    }

    [Fact]
    public async Task Length_finish_reason_maps_to_length()
    {
        var sampler = new ChatClientSampler(new RecordingChatClient());

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1], maxTokens: 2));

        Assert.All(samples, sample => Assert.Equal(FinishReason.Length, sample.FinishReason));
    }

    [Fact]
    public async Task Concurrency_stays_within_limit()
    {
        var client = new RecordingChatClient();
        var sampler = new ChatClientSampler(client, new ChatClientSamplerOptions { MaxConcurrentRequests = 3 });

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([.. Enumerable.Range(0, 24)]));

        SampleAssert.EachIndexOnce(Enumerable.Range(0, 24), samples);
        Assert.InRange(client.MaxInFlight, 1, 3);
    }

    [Fact]
    public async Task Missing_usage_uses_token_counter()
    {
        var client = new RecordingChatClient { OutputTokenCount = null };
        var sampler = new ChatClientSampler(client, new ChatClientSamplerOptions { CountTokens = text => text.Length });

        List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0]));

        Sample sample = Assert.Single(samples);
        Assert.Equal(sample.Text.Length, sample.TokenCount);
    }

    [Fact]
    public async Task Missing_usage_without_counter_fails()
    {
        var sampler = new ChatClientSampler(new RecordingChatClient { OutputTokenCount = null });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0])));

        Assert.Contains("CountTokens", error.Message);
        Assert.Contains(SamplerRuns.ProblemId, error.Message);
    }

    [Fact]
    public async Task Other_finish_reason_fails_with_its_value()
    {
        var sampler = new ChatClientSampler(new RecordingChatClient { FinishReasonOverride = ChatFinishReason.ContentFilter });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0])));

        Assert.Contains("content_filter", error.Message);
    }

    [Fact]
    public async Task Client_exception_is_rethrown()
    {
        var sampler = new ChatClientSampler(new RecordingChatClient { FailOnCall = 0 }, new ChatClientSamplerOptions { MaxConcurrentRequests = 1 });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0, 1, 2])));

        Assert.Equal("upstream refused the call", error.Message);
    }

    [Fact]
    public void Description_names_provider_and_model()
    {
        var sampler = new ChatClientSampler(new RecordingChatClient());

        Assert.Equal("chat-client recording model=tiny", sampler.Description);
    }
}
