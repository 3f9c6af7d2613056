using Monkeys.Analysis;
using Monkeys.Analysis.Compute;
using Monkeys.Analysis.Import;
using Monkeys.Coverage;
using Monkeys.Interactive.Progress;
using Monkeys.Llama.Gguf;
using Monkeys.Llama.Sampling;
using Monkeys.Problems;
using Monkeys.Problems.Synthetic;
using Monkeys.Runs;
using Monkeys.Samples.Store;
using Monkeys.Sampling;
using Monkeys.Verification.Numeric;

namespace Monkeys.Interactive.Experiments;

/// <summary>
/// A finished run of one model on the synthetic arithmetic test split, with its samples on disk.
/// Notebooks use it to get verified samples in one call. The 01-quickstart notebook shows the same
/// steps one by one.
/// </summary>
/// <param name="Name">Short model name used in tables and legends, e.g. <c>monkey-small</c>.</param>
/// <param name="Settings">The settings the run used.</param>
/// <param name="Folder">Run folder holding <c>samples.jsonl</c> and <c>manifest.json</c>.</param>
/// <param name="Problems">The problems that were sampled.</param>
/// <param name="Summary">Counts and wall time reported by the pipeline.</param>
public sealed record SyntheticRun(
    string Name,
    SyntheticRunSettings Settings,
    string Folder,
    IReadOnlyList<Problem> Problems,
    RunSummary Summary)
{
    /// <summary>
    /// Samples <paramref name="settings"/> into a new folder under the system temp folder, verifying each
    /// completion with the GSM8K-style numeric verifier, and shows one progress line that updates in place.
    /// </summary>
    /// <exception cref="FileNotFoundException">The model file does not exist.</exception>
    public static async Task<SyntheticRun> SampleAsync(SyntheticRunSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!File.Exists(settings.ModelPath))
        {
            throw new FileNotFoundException(
                $"Model file {Path.GetFullPath(settings.ModelPath)} not found. The bundled models live in data/models; " +
                "point the parameter cell at another GGUF file if you have one.",
                settings.ModelPath);
        }

        string name = Path.GetFileNameWithoutExtension(settings.ModelPath);
        var problems = SyntheticArithmetic.TestSplit(settings.ProblemCount);
        var promptFormat = new SyntheticPromptFormat();
        var verifier = new NumericVerifier(NumericAnswerFormat.Gsm8k);
        var parameters = new SamplingParameters(settings.Temperature, 1.0, settings.MaxTokens, promptFormat.StopStrings, settings.Seed);

        using var sampler = LlamaSampler.Load(new LlamaSamplerOptions(settings.ModelPath) { Threads = settings.Threads });
        var manifest = RunManifestBuilder.Create(
            settings.ModelPath, sampler, parameters, promptFormat, verifier, settings.SamplesPerProblem, $"synthetic:{settings.ProblemCount}");
        string folder = Path.Combine(Path.GetTempPath(), "monkeys-notebooks", $"{name}-{Guid.NewGuid():N}");
        using var store = SampleStore.Create(folder, manifest);

        var progress = NotebookProgress<RunProgress>.Start(p => Describe(name, p), $"{name}: loading…");
        var summary = await new RunPipeline(sampler, promptFormat, verifier, store, parameters)
            .RunAsync(problems, progress, cancellationToken);
        progress.Complete();
        return new SyntheticRun(name, settings, folder, problems, summary);
    }

    /// <summary>Per-problem sample and correct counts, read back from the run folder.</summary>
    public IReadOnlyList<ProblemCounts> Counts() => RunCoverage.CountSamples(Folder);

    /// <summary>Every stored sample grouped by problem, with extracted answers and verdicts, for selection methods.</summary>
    public IReadOnlyList<ProblemOutcomes> Outcomes() =>
        SampleRecordOutcomes.Group(SampleStore.ReadRecords(Path.Combine(Folder, SampleStore.SamplesFileName)));

    /// <summary>Coverage at every power of two up to the sample count, with a bootstrap interval over problems.</summary>
    public CoverageCurve Coverage() => RunCoverage.Compute(Folder);

    /// <summary>Reads the model's parameter count, layers and width from its GGUF header.</summary>
    public ModelShape Shape()
    {
        var reader = GgufReader.Open(Settings.ModelPath);
        var config = reader.ReadLlamaConfig();
        return new ModelShape(reader.ParameterCount, config.BlockCount, config.EmbeddingLength);
    }

    /// <summary>
    /// Prompt and decoded token counts per problem, for FLOPs. The bundled models use a byte tokenizer,
    /// so a prompt costs its UTF-8 bytes plus the BOS token.
    /// </summary>
    public IReadOnlyList<ProblemTokenUsage> TokenUsage()
    {
        var promptFormat = new SyntheticPromptFormat();
        var decodedByProblem = SampleStore.ReadRecords(Path.Combine(Folder, SampleStore.SamplesFileName))
            .GroupBy(record => record.Sample.ProblemId)
            .ToDictionary(group => group.Key, group => group.Select(record => record.Sample.TokenCount).ToList());
        return Problems
            .Select(problem => new ProblemTokenUsage(
                problem.Id,
                System.Text.Encoding.UTF8.GetByteCount(promptFormat.Format(problem)) + 1,
                decodedByProblem[problem.Id]))
            .ToList();
    }

    private static string Describe(string name, RunProgress progress)
    {
        string eta = progress.EstimatedTimeRemaining is { } remaining ? $", about {remaining.TotalSeconds:F0} s left" : "";
        return $"{name}: {progress.ProblemsDone}/{progress.ProblemCount} problems, {progress.SamplesDone}/{progress.SampleCount} samples, " +
            $"{progress.SamplesPerSecond:F0} samples/s{eta}";
    }
}
