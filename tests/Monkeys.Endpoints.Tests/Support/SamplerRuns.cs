using Monkeys.Endpoints.Http;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Endpoints.Tests.Server;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Endpoints.Tests.Support;

/// <summary>Shared set-up for the sampler tests.</summary>
internal static class SamplerRuns
{
    public const string ProblemId = "synthetic/test/3";

    /// <summary>Options with short back-offs, so retries in tests take milliseconds, and no API key.</summary>
    public static OpenAiSamplerOptions Options(params FakeOpenAiServer[] servers) => new()
    {
        Endpoints = [.. servers.Select(server => new EndpointOptions(server.BaseUrl, 8))],
        Model = "monkey-test",
        SamplesPerRequest = 4,
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(50),
        RequestTimeout = TimeSpan.FromSeconds(20),
        ApiKeyEnvironmentVariable = null,
    };

    public static SampleRequest Request(IReadOnlyList<int> indices, int maxTokens = 16, ulong runSeed = 42, IReadOnlyList<string>? stops = null) =>
        new(ProblemId, "Q: 2+3\nA:", indices, new SamplingParameters(0.6, 0.95, maxTokens, stops ?? [], runSeed));

    public static async Task<List<Sample>> CollectAsync(ISampler sampler, SampleRequest request, CancellationToken cancellationToken = default)
    {
        var samples = new List<Sample>();
        await foreach (Sample sample in sampler.SampleAsync(request, cancellationToken))
        {
            samples.Add(sample);
        }

        return samples;
    }

    /// <summary>Seed the sampler must send for a request starting at <paramref name="firstIndex"/>: the low 31 bits of that sample's seed.</summary>
    public static long ExpectedWireSeed(ulong runSeed, int firstIndex) => ExpectedWireSeedFor(runSeed, ProblemId, firstIndex);

    /// <summary>Same as <see cref="ExpectedWireSeed"/> for another problem.</summary>
    public static long ExpectedWireSeedFor(ulong runSeed, string problemId, int firstIndex) =>
        (long)(SampleSeeds.For(runSeed, problemId, firstIndex) % 2147483648UL);
}
