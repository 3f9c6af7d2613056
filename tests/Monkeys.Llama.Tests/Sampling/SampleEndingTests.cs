using System.Text;
using Monkeys.Llama.Tests.Fixtures;
using Monkeys.Samples;

namespace Monkeys.Llama.Tests.Sampling;

public sealed class SampleEndingTests
{
    [Fact]
    public async Task GreedyIsDeterministicAcrossSeeds()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 4);

        var first = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request(Enumerable.Range(0, 4), temperature: 0, maxTokens: 30));
        var second = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], temperature: 0, maxTokens: 30, seed: 99));

        Assert.Single(first.Select(s => s.Text).Distinct());
        Assert.Equal(first[0].Text, second[0].Text);
        Assert.Equal(30, first[0].Text.Length);
    }

    [Fact]
    public async Task MaxTokensEndsWithLength()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 4);

        var samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request(Enumerable.Range(0, 4), temperature: 0, maxTokens: 13));

        Assert.All(samples, s => Assert.Equal(FinishReason.Length, s.FinishReason));
        Assert.All(samples, s => Assert.Equal(13, s.TokenCount));
    }

    [Fact]
    public async Task StopStringAcrossTokensCutsText()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: true, batchSize: 2);
        var full = (await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], temperature: 0, maxTokens: 40)))[0].Text;

        // Byte tokens: a three-character stop string is three tokens. Expected values come from the uncut text.
        string stop = full.Substring(20, 3);
        int cut = full.IndexOf(stop, StringComparison.Ordinal);
        var stopped = (await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], temperature: 0, maxTokens: 40, stops: ["never-here", stop])))[0];

        Assert.Equal(full[..cut], stopped.Text);
        Assert.Equal(FinishReason.Stop, stopped.FinishReason);
        Assert.Equal(cut + stop.Length, stopped.TokenCount);
    }

    [Fact]
    public async Task EarliestStopStringWins()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: true, batchSize: 2);
        var full = (await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], temperature: 0, maxTokens: 40)))[0].Text;

        string late = full.Substring(30, 2);
        string early = full.Substring(10, 4);
        int cut = Math.Min(full.IndexOf(late, StringComparison.Ordinal), full.IndexOf(early, StringComparison.Ordinal));
        var stopped = (await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0], temperature: 0, maxTokens: 40, stops: [late, early])))[0];

        Assert.Equal(full[..cut], stopped.Text);
    }

    [Fact]
    public async Task UniformModelLogProbabilityIsExact()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteUniformModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 16);

        var samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request(Enumerable.Range(0, 32), temperature: 1.0, maxTokens: 100));

        // Every logit is 0: each token has probability 1/259, so a sample of n tokens has log-probability −n·ln 259.
        foreach (var sample in samples)
        {
            Assert.Equal(-sample.TokenCount * Math.Log(259), sample.LogProbability, 9);
        }

        // P(a sample of 100 tokens never draws </s>) = (258/259)^100 ≈ 0.68, so some of 32 end early with Stop.
        var endedByEos = samples.Where(s => s.FinishReason == FinishReason.Stop).ToList();
        Assert.NotEmpty(endedByEos);
        Assert.All(endedByEos, s => Assert.True(s.TokenCount < 100));
        Assert.All(samples.Where(s => s.FinishReason == FinishReason.Length), s => Assert.Equal(100, s.TokenCount));
    }

    [Fact]
    public async Task TopPKeepsSmallestNucleus()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteUniformModel(dir);
        using var sampler = SamplerRuns.Load(path, exact: false, batchSize: 16);

        var samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request(Enumerable.Range(0, 16), temperature: 0.7, topP: 0.5, maxTokens: 50));

        // 259 equal tokens: the smallest set with mass ≥ 0.5 has 130 tokens, ids 0–129 (ties go to lower ids),
        // so </s> (257) is never drawn and each token has probability 1/130.
        foreach (var sample in samples)
        {
            Assert.Equal(FinishReason.Length, sample.FinishReason);
            Assert.Equal(-50 * Math.Log(130), sample.LogProbability, 9);
            Assert.All(Encoding.UTF8.GetBytes(sample.Text.Replace("\uFFFD", "")), b => Assert.True(b < 130));
        }
    }
}
