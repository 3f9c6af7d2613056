using System.Diagnostics;
using Monkeys.Problems;
using Monkeys.Prompts;
using Monkeys.Samples;
using Monkeys.Samples.Store;
using Monkeys.Sampling;
using Monkeys.Verification;

namespace Monkeys.Runs;

/// <summary>
/// Draws, verifies and stores the samples of a run: for each problem it formats the prompt, requests
/// only the sample indices the store lacks, verifies each sample as it arrives and appends it.
/// </summary>
/// <remarks>
/// Every record is in the store before the next sample is taken, and the store is synced to disk after
/// each problem, so a cancelled or killed run resumes where it stopped. Progress reports are throttled
/// to about ten per second plus one at the end of each problem.
/// </remarks>
public sealed class RunPipeline
{
    private static readonly TimeSpan ReportInterval = TimeSpan.FromMilliseconds(100);

    private readonly ISampler sampler;
    private readonly IPromptFormat promptFormat;
    private readonly IVerifier verifier;
    private readonly SampleStore store;
    private readonly SamplingParameters parameters;

    /// <summary>Creates a pipeline that writes into <paramref name="store"/>.</summary>
    /// <param name="sampler">Draws the samples.</param>
    /// <param name="promptFormat">Turns each problem into a prompt.</param>
    /// <param name="verifier">Judges each sample.</param>
    /// <param name="store">Store of the run; its manifest fixes the sample count per problem.</param>
    /// <param name="parameters">Sampling settings; they must match the store's manifest.</param>
    /// <exception cref="ArgumentException">A setting differs from the store's manifest; the message names it.</exception>
    public RunPipeline(ISampler sampler, IPromptFormat promptFormat, IVerifier verifier, SampleStore store, SamplingParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(promptFormat);
        ArgumentNullException.ThrowIfNull(verifier);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(parameters);

        RunManifest expected = RunManifestBuilder.Describe(store.Manifest, parameters, promptFormat, verifier);
        if (store.Manifest.FindDifference(expected) is ManifestDifference difference)
        {
            throw new ArgumentException(
                $"The pipeline's {difference.Field} is {difference.RequestedValue} but the store's manifest records {difference.StoredValue}. " +
                "Build the manifest from the same settings.",
                nameof(parameters));
        }

        this.sampler = sampler;
        this.promptFormat = promptFormat;
        this.verifier = verifier;
        this.store = store;
        this.parameters = parameters;
    }

    /// <summary>Draws every missing sample of <paramref name="problems"/> and stores it with its verdict.</summary>
    /// <param name="problems">Problems of the run, with unique ids.</param>
    /// <param name="progress">Receives progress; null for none.</param>
    /// <param name="cancellationToken">Stops the run after the sample being stored; every stored record stays valid.</param>
    /// <exception cref="OperationCanceledException">The run was cancelled; resume it with a store opened by <see cref="SampleStore.Resume"/>.</exception>
    /// <exception cref="InvalidOperationException">The sampler returned a sample that was not requested, or fewer samples than requested.</exception>
    public async Task<RunSummary> RunAsync(
        IReadOnlyList<Problem> problems,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problems);
        RequireUniqueIds(problems);

        int samplesPerProblem = store.Manifest.SamplesPerProblem;
        var tracker = new ProgressTracker(problems.Count, (long)problems.Count * samplesPerProblem, progress, ReportInterval);
        var missingByProblem = new IReadOnlyList<int>[problems.Count];
        for (int i = 0; i < problems.Count; i++)
        {
            missingByProblem[i] = store.MissingIndices(problems[i].Id);
            tracker.AddStored(samplesPerProblem - missingByProblem[i].Count, problemFinished: missingByProblem[i].Count == 0);
        }

        tracker.Report(force: true);
        long correct = 0;
        for (int i = 0; i < problems.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (missingByProblem[i].Count == 0)
            {
                continue;
            }

            correct += await SampleProblemAsync(problems[i], missingByProblem[i], tracker, cancellationToken).ConfigureAwait(false);
            store.Sync();
            tracker.FinishProblem();
        }

        return new RunSummary(problems.Count, tracker.SamplesDone, tracker.SamplesDrawn, correct, tracker.Elapsed);
    }

    private async Task<long> SampleProblemAsync(Problem problem, IReadOnlyList<int> missing, ProgressTracker tracker, CancellationToken cancellationToken)
    {
        var request = new SampleRequest(problem.Id, promptFormat.Format(problem), missing, parameters);
        var pending = new HashSet<int>(missing);
        long correct = 0;

        await foreach (Sample sample in sampler.SampleAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (sample.ProblemId != problem.Id || !pending.Remove(sample.Index))
            {
                throw new InvalidOperationException(
                    $"Sampler '{sampler.Description}' returned sample {sample.Index} of problem '{sample.ProblemId}', " +
                    $"which was not requested (request: problem '{problem.Id}', {missing.Count} indices). Fix the sampler.");
            }

            VerificationResult result = verifier.Verify(problem, sample.Text);
            store.Append(new SampleRecord(sample, result));
            if (result.IsCorrect)
            {
                correct++;
            }

            tracker.AddDrawn();
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"Sampler '{sampler.Description}' returned {missing.Count - pending.Count} of the {missing.Count} requested samples " +
                $"of problem '{problem.Id}' (first missing index: {pending.Min()}). Fix the sampler.");
        }

        return correct;
    }

    private static void RequireUniqueIds(IReadOnlyList<Problem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Problem problem in problems)
        {
            if (!ids.Add(problem.Id))
            {
                throw new ArgumentException($"Problem id '{problem.Id}' occurs twice in the problem list; ids must be unique.", nameof(problems));
            }
        }
    }

    /// <summary>Counts stored and drawn samples and turns them into throttled progress reports.</summary>
    private sealed class ProgressTracker(int problemCount, long sampleCount, IProgress<RunProgress>? progress, TimeSpan interval)
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TimeSpan? lastReport;
        private int problemsDone;

        public long SamplesDone { get; private set; }

        public long SamplesDrawn { get; private set; }

        public TimeSpan Elapsed => clock.Elapsed;

        public void AddStored(int count, bool problemFinished)
        {
            SamplesDone += count;
            if (problemFinished)
            {
                problemsDone++;
            }
        }

        public void AddDrawn()
        {
            SamplesDone++;
            SamplesDrawn++;
            Report(force: false);
        }

        public void FinishProblem()
        {
            problemsDone++;
            Report(force: true);
        }

        public void Report(bool force)
        {
            if (progress is null)
            {
                return;
            }

            TimeSpan now = clock.Elapsed;
            if (!force && lastReport is TimeSpan last && now - last < interval)
            {
                return;
            }

            lastReport = now;
            double rate = SamplesDrawn > 0 && now > TimeSpan.Zero ? SamplesDrawn / now.TotalSeconds : 0;
            TimeSpan? remaining = rate > 0 ? TimeSpan.FromSeconds((sampleCount - SamplesDone) / rate) : null;
            progress.Report(new RunProgress(problemsDone, problemCount, SamplesDone, sampleCount, rate, remaining));
        }
    }
}
