using Monkeys.Samples.Store;

namespace Monkeys.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class RunCommandTests(FixtureModel model)
{
    [Fact]
    public async Task SyntheticRunWritesOutputs()
    {
        using var folder = new TempFolder();
        string run = folder.File("run");

        CliResult result = await CliHarness.RunAsync(
            "run", "--model", model.Path, "--problems", "synthetic:3", "--samples", "4", "--max-tokens", "16", "--out", run, "--threads", "1");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("", result.Error);
        Assert.Contains($"Output folder: {run}", result.Output);
        Assert.Contains("coverage", result.Output);
        Assert.Equal(12, SampleStore.ReadRecords(run).Count());
        foreach (string name in new[] { "manifest.json", "samples.jsonl", "coverage.csv", "coverage.png", "coverage.svg" })
        {
            Assert.True(File.Exists(Path.Combine(run, name)), $"{name} is missing from {run}");
        }

        // k grid for 4 samples is 1, 2, 4.
        string[] csv = File.ReadAllLines(Path.Combine(run, "coverage.csv"));
        Assert.Equal("k,coverage,lower,upper", csv[0]);
        Assert.Equal(new[] { "1", "2", "4" }, csv[1..].Select(line => line.Split(',')[0]));
    }

    [Fact]
    public async Task Gsm8kRunWorksOnFixtureModel()
    {
        using var folder = new TempFolder();
        string run = folder.File("run");
        string gsm8k = SharedData.PathOf("data/gsm8k/test.jsonl");

        CliResult result = await CliHarness.RunAsync(
            "run", "--model", model.Path, "--problems", $"gsm8k:{gsm8k}", "--samples", "8", "--limit", "2", "--out", run, "--max-tokens", "16", "--batch-size", "8");

        Assert.True(result.ExitCode == 0, result.Error);
        RunManifest manifest = SampleStore.ReadManifest(run);
        Assert.Equal("gsm8k-8shot-seed0", manifest.PromptFormat);
        Assert.Equal(8, manifest.SamplesPerProblem);
        var pairs = SampleStore.ReadRecords(run).Select(r => (r.Sample.ProblemId, r.Sample.Index)).ToList();
        Assert.Equal(16, pairs.Count);
        Assert.Equal(16, pairs.Distinct().Count());
        Assert.Equal(new[] { "gsm8k/test/0", "gsm8k/test/1" }, pairs.Select(p => p.ProblemId).Distinct().Order());
    }

    [Fact]
    public async Task ResumeOfFinishedRunDrawsNothing()
    {
        using var folder = new TempFolder();
        string run = folder.File("run");
        string[] args = ["run", "--model", model.Path, "--problems", "synthetic:2", "--samples", "2", "--max-tokens", "8", "--out", run];
        CliResult first = await CliHarness.RunAsync(args);

        CliResult second = await CliHarness.RunAsync([.. args, "--resume"]);

        Assert.Equal(0, first.ExitCode);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("resuming: 4 samples already stored", second.Output);
        Assert.Contains("Drew 0 samples", second.Output);
        Assert.Equal(4, SampleStore.ReadRecords(run).Count());
    }
}
