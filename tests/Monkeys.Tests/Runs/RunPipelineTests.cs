using Monkeys.Problems;
using Monkeys.Runs;
using Monkeys.Samples.Store;
using Monkeys.Sampling;
using Monkeys.Verification;

namespace Monkeys.Tests.Runs;

public sealed class RunPipelineTests : IDisposable
{
    private const int SamplesPerProblem = 4;

    private static readonly Problem[] Problems =
    [
        new("p0", "1+1", "2"),
        new("p1", "2+2", "4"),
        new("p2", "3+3", "6"),
    ];

    private static readonly SamplingParameters Parameters = new(0.6, 1.0, 16, ["\n"], Seed: 11);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "monkeys-run-tests", Guid.NewGuid().ToString("N"));
    private readonly string modelPath;

    public RunPipelineTests()
    {
        Directory.CreateDirectory(folder);
        modelPath = Path.Combine(folder, "model.bin");
        File.WriteAllText(modelPath, "abc");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // Sample i of a problem is correct when i is even, so each problem has 2 of 4 correct.
    private static string EvenIndicesCorrect(string problemId, int index)
    {
        string reference = Problems.Single(problem => problem.Id == problemId).ReferenceAnswer;
        return index % 2 == 0 ? reference : "wrong";
    }

    [Fact]
    public async Task FreshRunStoresEverySampleOnce()
    {
        var sampler = new ScriptedSampler(EvenIndicesCorrect);
        using (SampleStore store = CreateStore(sampler))
        {
            RunSummary summary = await Pipeline(sampler, store).RunAsync(Problems);

            Assert.Equal(12, summary.SampleCount);
            Assert.Equal(12, summary.SamplesDrawn);
            Assert.Equal(6, summary.CorrectCount);
        }

        var records = SampleStore.ReadRecords(RunFolder).ToList();
        Assert.Equal(12, records.Count);
        Assert.Equal(12, records.Select(r => (r.Sample.ProblemId, r.Sample.Index)).Distinct().Count());
        Assert.All(records, r => Assert.Equal(r.Sample.Index % 2 == 0, r.IsCorrect));
        Assert.All(records, r => Assert.Equal(SampleSeeds.For(11, r.Sample.ProblemId, r.Sample.Index), r.Sample.Seed));
    }

    [Fact]
    public async Task ResumeRequestsOnlyMissingSamples()
    {
        var first = new ScriptedSampler(EvenIndicesCorrect);
        using (SampleStore store = CreateStore(first))
        {
            store.Append(Record("p0", 0));
            store.Append(Record("p0", 2));
            for (int index = 0; index < SamplesPerProblem; index++)
            {
                store.Append(Record("p1", index));
            }
        }

        var second = new ScriptedSampler(EvenIndicesCorrect);
        using (SampleStore store = SampleStore.Resume(RunFolder, Manifest(second)))
        {
            RunSummary summary = await Pipeline(second, store).RunAsync(Problems);

            Assert.Equal(6, summary.SamplesDrawn);
            Assert.Equal(12, summary.SampleCount);
        }

        Assert.Equal(2, second.Requests.Count);
        Assert.Equal("p0", second.Requests[0].ProblemId);
        Assert.Equal(new[] { 1, 3 }, second.Requests[0].SampleIndices);
        Assert.Equal("p2", second.Requests[1].ProblemId);
        Assert.Equal(new[] { 0, 1, 2, 3 }, second.Requests[1].SampleIndices);
        Assert.Equal(12, SampleStore.ReadRecords(RunFolder).Select(r => (r.Sample.ProblemId, r.Sample.Index)).Distinct().Count());
    }

    [Fact]
    public async Task CancelledRunResumesToCompleteSet()
    {
        using var cancellation = new CancellationTokenSource();
        var first = new ScriptedSampler(EvenIndicesCorrect) { AfterSample = count => { if (count == 5) cancellation.Cancel(); } };
        using (SampleStore store = CreateStore(first))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Pipeline(first, store).RunAsync(Problems, null, cancellation.Token));
        }

        int storedAfterCancel = SampleStore.ReadRecords(RunFolder).Count();
        Assert.Equal(5, storedAfterCancel);

        var second = new ScriptedSampler(EvenIndicesCorrect);
        using (SampleStore store = SampleStore.Resume(RunFolder, Manifest(second)))
        {
            RunSummary summary = await Pipeline(second, store).RunAsync(Problems);
            Assert.Equal(7, summary.SamplesDrawn);
        }

        var pairs = SampleStore.ReadRecords(RunFolder).Select(r => (r.Sample.ProblemId, r.Sample.Index)).ToList();
        Assert.Equal(12, pairs.Count);
        Assert.Equal(12, pairs.Distinct().Count());
    }

    [Fact]
    public async Task UnrequestedSampleIsRejected()
    {
        var sampler = new ScriptedSampler(EvenIndicesCorrect) { Indices = indices => indices.Append(indices[0]) };
        using SampleStore store = CreateStore(sampler);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Pipeline(sampler, store).RunAsync(Problems));

        Assert.Contains("sample 0 of problem 'p0'", error.Message);
        Assert.Contains("not requested", error.Message);
    }

    [Fact]
    public async Task MissingSamplesAreRejected()
    {
        var sampler = new ScriptedSampler(EvenIndicesCorrect) { Indices = indices => indices.Skip(1) };
        using SampleStore store = CreateStore(sampler);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Pipeline(sampler, store).RunAsync(Problems));

        Assert.Contains("3 of the 4 requested samples of problem 'p0'", error.Message);
        Assert.Contains("first missing index: 0", error.Message);
    }

    [Fact]
    public void ParametersOtherThanManifestAreRejected()
    {
        var sampler = new ScriptedSampler(EvenIndicesCorrect);
        using SampleStore store = CreateStore(sampler);

        var error = Assert.Throws<ArgumentException>(() =>
            new RunPipeline(sampler, new PlainPrompt(), new ExactMatchVerifier(), store, Parameters with { Seed = 12 }));

        Assert.Contains("seed", error.Message);
    }

    [Fact]
    public async Task DuplicateProblemIdsAreRejected()
    {
        var sampler = new ScriptedSampler(EvenIndicesCorrect);
        using SampleStore store = CreateStore(sampler);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Pipeline(sampler, store).RunAsync([Problems[0], Problems[0]]));

        Assert.Contains("'p0' occurs twice", error.Message);
    }

    [Fact]
    public async Task LastProgressReportCountsEverything()
    {
        var sampler = new ScriptedSampler(EvenIndicesCorrect);
        var reports = new List<RunProgress>();
        using SampleStore store = CreateStore(sampler);

        await Pipeline(sampler, store).RunAsync(Problems, new CollectingProgress(reports));

        RunProgress last = reports[^1];
        Assert.Equal(3, last.ProblemsDone);
        Assert.Equal(3, last.ProblemCount);
        Assert.Equal(12, last.SamplesDone);
        Assert.Equal(12, last.SampleCount);
        Assert.Equal(TimeSpan.Zero, last.EstimatedTimeRemaining);
        Assert.Equal(0, reports[0].SamplesDone);
        Assert.Null(reports[0].EstimatedTimeRemaining);
    }

    [Fact]
    public async Task CoverageOfRunMatchesHandValues()
    {
        // p0: 4 of 4 correct, p1: 1 of 4 (index 0), p2: 0 of 4.
        static string Text(string problemId, int index) => problemId switch
        {
            "p0" => "2",
            "p1" => index == 0 ? "4" : "x",
            _ => "x",
        };

        var sampler = new ScriptedSampler(Text);
        using (SampleStore store = CreateStore(sampler))
        {
            await Pipeline(sampler, store).RunAsync(Problems);
        }

        var counts = RunCoverage.CountSamples(RunFolder);
        var curve = RunCoverage.Compute(RunFolder);

        Assert.Equal(new[] { ("p0", 4, 4), ("p1", 4, 1), ("p2", 4, 0) }, counts.Select(c => (c.ProblemId, c.SampleCount, c.CorrectCount)));
        Assert.Equal(new[] { 1, 2, 4 }, curve.Points.Select(p => p.K));

        // pass@k of p1 (n = 4, c = 1) is k/4; p0 contributes 1 and p2 contributes 0.
        Assert.Equal((1 + 0.25) / 3, curve.At(1).Coverage, 12);
        Assert.Equal((1 + 0.5) / 3, curve.At(2).Coverage, 12);
        Assert.Equal(2.0 / 3, curve.At(4).Coverage, 12);
    }

    [Fact]
    public async Task CoverageRejectsBudgetAboveSampleCount()
    {
        var sampler = new ScriptedSampler(EvenIndicesCorrect);
        using (SampleStore store = CreateStore(sampler))
        {
            await Pipeline(sampler, store).RunAsync(Problems);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => RunCoverage.Compute(RunFolder, [1, 5]));
    }

    private string RunFolder => Path.Combine(folder, "run");

    private RunManifest Manifest(ScriptedSampler sampler) =>
        RunManifestBuilder.Create(modelPath, sampler, Parameters, new PlainPrompt(), new ExactMatchVerifier(), SamplesPerProblem, "test:3");

    private SampleStore CreateStore(ScriptedSampler sampler) => SampleStore.Create(RunFolder, Manifest(sampler));

    private static RunPipeline Pipeline(ScriptedSampler sampler, SampleStore store) =>
        new(sampler, new PlainPrompt(), new ExactMatchVerifier(), store, Parameters);

    private static SampleRecord Record(string problemId, int index) => new(
        new Monkeys.Samples.Sample(problemId, index, SampleSeeds.For(11, problemId, index), "x", 1, Monkeys.Samples.FinishReason.Stop, -1),
        Verdict.Incorrect,
        "x");

    private sealed class CollectingProgress(List<RunProgress> reports) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => reports.Add(value);
    }
}
