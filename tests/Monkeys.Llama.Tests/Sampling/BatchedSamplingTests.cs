using Monkeys.Llama.Tests.Fixtures;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Llama.Tests.Sampling;

public sealed class BatchedSamplingTests
{
    [Fact]
    public async Task BatchedEqualsSequentialInExactMode()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir, outputScale: 2f);
        var request = SamplerRuns.Request(Enumerable.Range(0, 10), temperature: 1.0, maxTokens: 30);

        List<Sample> batched, sequential;
        using (var sampler = SamplerRuns.Load(path, exact: true, batchSize: 8))
        {
            batched = await SamplerRuns.CollectAsync(sampler, request);
        }

        using (var sampler = SamplerRuns.Load(path, exact: true, batchSize: 1))
        {
            sequential = await SamplerRuns.CollectAsync(sampler, request);
        }

        Assert.Equal(10, batched.Count);
        Assert.Equal(10, sequential.Count);
        foreach (var one in sequential)
        {
            var other = batched.Single(s => s.Index == one.Index);
            Assert.Equal(one.Text, other.Text);
            Assert.Equal(one.TokenCount, other.TokenCount);
            Assert.Equal(one.FinishReason, other.FinishReason);

            // Text is identical; logits differ in the last float bits between batch shapes (ggml picks other kernels).
            Assert.Equal(one.LogProbability, other.LogProbability, 5);
        }

        // Different seeds must give different texts, or the equality above proves nothing.
        Assert.True(batched.Select(s => s.Text).Distinct().Count() >= 8);
    }

    [Fact]
    public async Task RequestedIndicesComeBackExactly()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 2);
        var request = SamplerRuns.Request([3, 7, 8], maxTokens: 8);

        var samples = await SamplerRuns.CollectAsync(sampler, request);

        Assert.Equal(new[] { 3, 7, 8 }, samples.Select(s => s.Index).Order());
        Assert.All(samples, s => Assert.Equal("fixture/1", s.ProblemId));
        foreach (var sample in samples)
        {
            Assert.Equal(SampleSeeds.For(7, "fixture/1", sample.Index), sample.Seed);
        }

        Assert.Equal(3, samples.Select(s => s.Seed).Distinct().Count());
    }

    [Fact]
    public async Task ManyForksGiveDistinctSeeds()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 16);

        var samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request(Enumerable.Range(0, 40), maxTokens: 4));

        Assert.Equal(Enumerable.Range(0, 40), samples.Select(s => s.Index).Order());
        Assert.Equal(40, samples.Select(s => s.Seed).Distinct().Count());
    }

    [Fact]
    public async Task DefaultModeRepeatsForSameLayout()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir, outputScale: 2f);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 4);
        var request = SamplerRuns.Request(Enumerable.Range(0, 6), maxTokens: 20);

        var first = await SamplerRuns.CollectAsync(sampler, request);
        var second = await SamplerRuns.CollectAsync(sampler, request);

        Assert.Equal(first.OrderBy(s => s.Index).Select(s => s.Text), second.OrderBy(s => s.Index).Select(s => s.Text));
    }

    [Fact]
    public async Task CancellationStopsAndFreesSampler()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 1);
        using var cancellation = new CancellationTokenSource();
        int received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var sample in sampler.SampleAsync(SamplerRuns.Request(Enumerable.Range(0, 5), maxTokens: 4), cancellation.Token))
            {
                received++;
                cancellation.Cancel();
            }
        });

        Assert.Equal(1, received);
        var again = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], maxTokens: 4));
        Assert.Single(again);
    }

    [Fact]
    public async Task SecondEnumerationIsRejected()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 1);
        var request = SamplerRuns.Request(Enumerable.Range(0, 3), maxTokens: 4);

        await using var first = sampler.SampleAsync(request).GetAsyncEnumerator();
        Assert.True(await first.MoveNextAsync());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SamplerRuns.CollectAsync(sampler, request));
        Assert.Contains("already sampling", error.Message);
    }

    [Fact]
    public async Task InvalidRequestsAreRejected()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 2);

        var duplicate = await Assert.ThrowsAsync<ArgumentException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([1, 1])));
        var tooLong = await Assert.ThrowsAsync<ArgumentException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], maxTokens: 500)));
        var badTopP = await Assert.ThrowsAsync<ArgumentException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], topP: 0)));

        Assert.Contains("index 1", duplicate.Message);
        Assert.Contains("MaxTokens 500", tooLong.Message);
        Assert.Contains("fixture/1", tooLong.Message);
        Assert.Contains("TopP is 0", badTopP.Message);
    }
}
