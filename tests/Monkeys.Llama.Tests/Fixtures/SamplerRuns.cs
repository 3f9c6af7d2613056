using Monkeys.Llama.Sampling;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Llama.Tests.Fixtures;

/// <summary>Helpers that load a sampler on a fixture and collect its samples.</summary>
public static class SamplerRuns
{
    public static LlamaSampler Load(string path, bool exact = true, int batchSize = 8) =>
        LlamaSampler.Load(new LlamaSamplerOptions(path) { Exact = exact, BatchSize = batchSize, ContextSize = 128, Threads = 1 });

    public static async Task<List<Sample>> CollectAsync(LlamaSampler sampler, SampleRequest request)
    {
        var samples = new List<Sample>();
        await foreach (var sample in sampler.SampleAsync(request))
        {
            samples.Add(sample);
        }

        return samples;
    }

    public static SampleRequest Request(IEnumerable<int> indices, double temperature = 1.0, int maxTokens = 24, IReadOnlyList<string>? stops = null, double topP = 1.0, ulong seed = 7) =>
        new("fixture/1", "Q: 12+30\nA:", indices.ToArray(), new SamplingParameters(temperature, topP, maxTokens, stops ?? [], seed));
}
