using System.Text;
using Monkeys.Cli.Commands;
using Monkeys.Cli.Output;
using Monkeys.Coverage;
using Monkeys.Llama.Sampling;
using Monkeys.Runs;
using Monkeys.Samples.Store;
using Monkeys.Sampling;

namespace Monkeys.Cli.Running;

/// <summary>
/// One execution of <c>monkeys run</c>: loads the problems and the model, opens or resumes the run folder,
/// samples with progress, then reports coverage. Every error becomes one line and a non-zero exit code.
/// </summary>
internal sealed class RunJob(CliConsole console, RunSettings settings, IReadOnlyList<string> commandTokens)
{
    // Slack for tokenizers that add tokens beyond one per UTF-8 byte (a BOS token, a space prefix).
    private const int ContextSlack = 8;

    private string? outputFolder;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            console.WriteError(exception.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.WriteError("Stopped before sampling began; nothing was stored.");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception)
        {
            string resumeHint = outputFolder is null
                ? ""
                : $" The samples stored so far are kept; after fixing the cause, continue with: {ResumeCommand(outputFolder)}";
            console.WriteError(exception.Message + resumeHint);
            if (settings.Verbose)
            {
                console.Error.WriteLine(exception.ToString());
            }

            return ExitCodes.Failure;
        }
    }

    private async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        settings.Validate();
        IReadOnlyList<int> budgets = BudgetList.Parse(settings.K, settings.Samples);
        if (settings.Resume && settings.Out is null)
        {
            throw new UsageException("--resume needs --out FOLDER naming the run to continue.");
        }

        bool remote = settings.Endpoints.Count > 0;
        string? modelPath = remote ? null : LocalModelPath();

        ProblemSet problemSet = ProblemSet.Load(settings.Problems, settings.Limit, settings.Shots, settings.Train, settings.Seed);
        int maxTokens = settings.MaxTokens ?? problemSet.DefaultMaxTokens;
        var parameters = new SamplingParameters(settings.Temperature, settings.TopP, maxTokens, problemSet.PromptFormat.StopStrings, settings.Seed);
        string folder = settings.Out ?? Path.Combine("runs", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss"));

        console.Output.WriteLine(modelPath is null
            ? $"Model: {settings.Model} served at {string.Join(", ", settings.Endpoints)} ({settings.Api} API, up to {settings.SamplesPerRequest} samples per request)"
            : $"Model: {modelPath}");
        console.Output.WriteLine(
            $"Problems: {problemSet.Source} ({problemSet.Problems.Count} problems, prompt format {problemSet.PromptFormat.Name}), " +
            $"{settings.Samples} samples each, temperature {settings.Temperature}, top-p {settings.TopP}, max tokens {maxTokens}, seed {settings.Seed}");

        ISampler sampler = modelPath is null ? EndpointSamplerFactory.Create(settings) : LoadLocalSampler(modelPath, problemSet, maxTokens);
        using var ownedSampler = (IDisposable)sampler;
        cancellationToken.ThrowIfCancellationRequested();

        RunManifest manifest = modelPath is null
            ? RunManifestBuilder.CreateForServedModel(
                settings.Model!, sampler, parameters, problemSet.PromptFormat, problemSet.Verifier, settings.Samples, problemSet.Source)
            : RunManifestBuilder.Create(
                modelPath, sampler, parameters, problemSet.PromptFormat, problemSet.Verifier, settings.Samples, problemSet.Source);
        string modelLabel = modelPath is null ? settings.Model! : Path.GetFileNameWithoutExtension(modelPath);
        RunSummary summary;
        using (SampleStore store = SampleStore.Open(folder, manifest, settings.Resume))
        {
            outputFolder = folder;
            console.Output.WriteLine(settings.Resume
                ? $"Output folder: {folder} (resuming: {store.RecordCount} samples already stored{TruncationNote(store)})"
                : $"Output folder: {folder}");

            var pipeline = new RunPipeline(sampler, problemSet.PromptFormat, problemSet.Verifier, store, parameters);
            try
            {
                summary = await ProgressDisplay.RunAsync(console, progress => pipeline.RunAsync(problemSet.Problems, progress, cancellationToken))
                    .ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                long total = (long)problemSet.Problems.Count * settings.Samples;
                console.Output.WriteLine($"Stopped: {store.RecordCount} of {total} samples are stored in {folder}.");
                console.Output.WriteLine($"Resume with: {ResumeCommand(folder)}");
                return ExitCodes.Cancelled;
            }
        }

        console.Output.WriteLine(
            $"Drew {summary.SamplesDrawn} samples in {ProgressText.FormatDuration(summary.Elapsed)} " +
            $"({summary.CorrectCount} correct); the run holds {summary.SampleCount} samples.");

        CoverageCurve curve = RunCoverage.Compute(folder, budgets, BootstrapOptions.Default with { Seed = settings.Seed });
        CoverageReport.Write(console, folder, curve, $"{modelLabel} on {problemSet.Source}");
        console.Output.WriteLine(
            $"Wrote {SampleStore.SamplesFileName}, {SampleStore.ManifestFileName}, {CoverageReport.CsvFileName}, " +
            $"{CoverageReport.PngFileName} and {CoverageReport.SvgFileName} to {folder}");
        return ExitCodes.Success;
    }

    /// <summary>Returns the GGUF file of a local run: <c>--model</c>, or the bundled default model.</summary>
    /// <exception cref="UsageException">No model file was found.</exception>
    private string LocalModelPath()
    {
        string modelPath = settings.Model ?? DefaultModel.Find() ?? throw new UsageException(
            $"No --model was given and the bundled model {DefaultModel.RelativePath} was not found above the current or the application folder. " +
            "Pass a GGUF model file with --model PATH, or --endpoint URL with --model NAME to sample from a server.");
        if (!File.Exists(modelPath))
        {
            throw new UsageException($"--model {modelPath}: the file was not found. Check the path.");
        }

        return modelPath;
    }

    private LlamaSampler LoadLocalSampler(string modelPath, ProblemSet problemSet, int maxTokens) =>
        LlamaSampler.Load(new LlamaSamplerOptions(modelPath)
        {
            Exact = settings.Exact,
            GpuLayerCount = settings.GpuLayers,
            Threads = settings.Threads,
            BatchSize = settings.BatchSize,
            ContextSize = settings.ContextSize ?? LongestPromptBytes(problemSet) + maxTokens + ContextSlack,
        });

    private static int LongestPromptBytes(ProblemSet problemSet) =>
        problemSet.Problems.Max(problem => Encoding.UTF8.GetByteCount(problemSet.PromptFormat.Format(problem)));

    private static string TruncationNote(SampleStore store) =>
        store.TruncatedBytes > 0 ? $", a torn last line of {store.TruncatedBytes} bytes was removed" : "";

    /// <summary>Returns the command line that continues this run: the same options plus <c>--out</c> and <c>--resume</c>.</summary>
    private string ResumeCommand(string folder)
    {
        var parts = new List<string> { "monkeys" };
        for (int i = 0; i < commandTokens.Count; i++)
        {
            string token = commandTokens[i];
            if (token == "--resume")
            {
                continue;
            }

            if (token == "--out")
            {
                i++;
                continue;
            }

            parts.Add(Quote(token));
        }

        parts.Add("--out");
        parts.Add(Quote(folder));
        parts.Add("--resume");
        return string.Join(' ', parts);
    }

    private static string Quote(string token) =>
        token.Length > 0 && token.All(c => char.IsLetterOrDigit(c) || "-_./:=,+@".Contains(c))
            ? token
            : "'" + token.Replace("'", "'\\''") + "'";
}
