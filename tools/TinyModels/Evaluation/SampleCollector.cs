using System.Text.Json;
using Monkeys.Llama.Sampling;
using Monkeys.Problems;
using Monkeys.Problems.Synthetic;
using Monkeys.Sampling;
using Monkeys.Verification;
using Monkeys.Verification.Numeric;

namespace Monkeys.TinyModels.Evaluation;

/// <summary>
/// Samples completions of synthetic problems from a GGUF model with the project's <see cref="LlamaSampler"/>
/// and labels each with the GSM8K numeric verifier; writes one <see cref="SampleRecordLine"/> per line.
/// </summary>
public static class SampleCollector
{
    /// <summary>Maximum completion tokens: the longest reference solution is about 110 bytes.</summary>
    public const int MaxTokens = 128;

    /// <summary>
    /// Draws <paramref name="samplesPerProblem"/> samples at <paramref name="temperature"/> for each of
    /// <paramref name="problems"/> and appends them to <paramref name="outputPath"/>. Returns the number of correct samples.
    /// </summary>
    public static async Task<long> CollectAsync(
        string modelPath,
        IReadOnlyList<Problem> problems,
        int samplesPerProblem,
        double temperature,
        ulong seed,
        int threads,
        int forks,
        string outputPath,
        TextWriter log)
    {
        var options = new LlamaSamplerOptions(modelPath) { Threads = threads, BatchSize = forks, ContextSize = 320 };
        using var sampler = LlamaSampler.Load(options);
        var format = new SyntheticPromptFormat();
        var verifier = new NumericVerifier(NumericAnswerFormat.Gsm8k);
        var parameters = new SamplingParameters(temperature, 1.0, MaxTokens, format.StopStrings, seed);
        var indices = Enumerable.Range(0, samplesPerProblem).ToList();

        long correct = 0;
        long total = 0;
        using var writer = new StreamWriter(outputPath, append: true);
        for (int p = 0; p < problems.Count; p++)
        {
            Problem problem = problems[p];
            var request = new SampleRequest(problem.Id, format.Format(problem), indices, parameters);
            await foreach (var sample in sampler.SampleAsync(request))
            {
                VerificationResult result = verifier.Verify(problem, sample.Text);
                bool isCorrect = result.Verdict == Verdict.Correct;
                correct += isCorrect ? 1 : 0;
                total++;
                var line = new SampleRecordLine(problem.Id, problem.Question, sample.Index, sample.Text, isCorrect, result.ExtractedAnswer);
                writer.WriteLine(JsonSerializer.Serialize(line));
            }

            if ((p + 1) % 10 == 0 || p + 1 == problems.Count)
            {
                var stats = sampler.Statistics;
                log.WriteLine($"{Path.GetFileName(modelPath)}: {p + 1}/{problems.Count} problems, {correct}/{total} correct, {stats.SampledTokens} tokens in {stats.WallTime.TotalSeconds:F1} s ({stats.TokensPerSecond:F0} tokens/s, {forks} forks, {threads} threads)");
                log.Flush();
            }
        }

        return correct;
    }

    /// <summary>Reads the lines of a file written by <see cref="CollectAsync"/>.</summary>
    public static IEnumerable<SampleRecordLine> Read(string path)
    {
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            yield return JsonSerializer.Deserialize<SampleRecordLine>(line)
                ?? throw new InvalidDataException($"{path}:{lineNumber}: the line is JSON null, expected a sample record.");
        }
    }
}
