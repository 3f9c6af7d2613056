using System.Globalization;
using LLama;
using LLama.Common;
using Monkeys.Bench.Sampler;
using Monkeys.Llama.Gguf;
using Monkeys.Llama.Sampling;
using Monkeys.Sampling;

// Usage: dotnet run -c Release --project bench/Monkeys.Bench.Sampler -- [threads] [tokens] [forks,...] [repeats]
int threads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2;
int tokens = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 128;
int[] forkCounts = args.Length > 2 ? args[2].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [1, 16, 64];
int repeats = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;

string directory = Path.Combine(Path.GetTempPath(), "monkeys-bench-" + Environment.ProcessId);
Directory.CreateDirectory(directory);
const string Prompt = "Q: Ana has 120 cards and gives away 45. How many are left?\nA:";

Console.WriteLine($"threads {threads}, {tokens} tokens per fork, median of {repeats} alternating runs, processors {Environment.ProcessorCount}");
Console.WriteLine("| model | params | mode | forks | sampler tok/s | native decode tok/s | sampler / native | native share |");
Console.WriteLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
try
{
    foreach (var config in new[] { BenchModels.Small, BenchModels.Large })
    {
        string path = BenchModels.Write(directory, config);
        long parameters = GgufReader.Open(path).ParameterCount;
        foreach (var (mode, exact, unified) in new[] { ("default", false, false), ("exact", true, false), ("default, unified KV", false, true) })
        {
            foreach (int forks in forkCounts.Where(f => !unified || f > 1))
            {
                var options = new LlamaSamplerOptions(path) { Exact = exact, UnifiedKvCache = unified, BatchSize = forks, Threads = threads, ContextSize = 256 };
                using var sampler = LlamaSampler.Load(options);
                int[] prompt = sampler.Tokenize(Prompt);
                var request = new SampleRequest("bench", Prompt, Enumerable.Range(0, forks).ToArray(), new SamplingParameters(0.6, 1.0, tokens, [], 1));

                // Sampler and baseline runs alternate and the medians are reported, because the machine is shared and
                // its load drifts during a run.
                var samplerRates = new List<double>();
                var nativeShares = new List<double>();
                var nativeRates = new List<double>();
                using var weights = LLamaWeights.LoadFromFile(new ModelParams(path));

                // One short untimed run first, so JIT compilation is not counted as managed sampling time.
                var warmUp = request with { Parameters = request.Parameters with { MaxTokens = 4 } };
                await foreach (var _ in sampler.SampleAsync(warmUp))
                {
                }

                for (int r = 0; r < repeats; r++)
                {
                    sampler.ResetStatistics();
                    await foreach (var _ in sampler.SampleAsync(request))
                    {
                    }

                    samplerRates.Add(sampler.Statistics.TokensPerSecond);
                    nativeShares.Add(sampler.Statistics.NativeShare);
                    nativeRates.Add(NativeDecodeBaseline.TokensPerSecond(weights, options, prompt, tokens));
                }

                double samplerRate = Median(samplerRates), native = Median(nativeRates), share = Median(nativeShares);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {config.Name} | {parameters / 1e6:F2} M | {mode} | {forks} | {samplerRate:F0} | {native:F0} | {samplerRate / native:F2} | {share:P1} |"));
            }
        }
    }
}
finally
{
    Directory.Delete(directory, recursive: true);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    int middle = sorted.Count / 2;
    return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
