using System.Diagnostics;
using Monkeys.Samples.Store;

namespace Monkeys.Cli.Tests;

[Collection(CliCollection.Name)]
public sealed class KillResumeTests(FixtureModel model)
{
    private const int Problems = 20;
    private const int SamplesPerProblem = 50;
    private const int RecordsBeforeStop = 10;

    // Sized so that on an idle 2-core machine the run takes several seconds, far longer than the
    // 20 ms polling that triggers the kill; a smaller run once finished before the kill arrived.

    // A guard against a hung child process, not a speed requirement.
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task KilledRunResumesWithEverySampleOnce()
    {
        using var folder = new TempFolder();
        string run = folder.File("run");
        string[] args = Arguments(run);

        using (Process child = CliHarness.Start(args))
        {
            var childError = Drain(child);
            await WaitForRecordsAsync(child, run, childError);
            child.Kill();
            await child.WaitForExitAsync();
        }

        int storedAtKill = SampleStore.ReadRecords(run).Count();
        Assert.InRange(storedAtKill, RecordsBeforeStop, Problems * SamplesPerProblem - 1);

        using Process resume = CliHarness.Start([.. args, "--resume"]);
        Task<string> output = resume.StandardOutput.ReadToEndAsync();
        Task<string> error = resume.StandardError.ReadToEndAsync();
        await resume.WaitForExitAsync().WaitAsync(HangLimit);

        Assert.True(resume.ExitCode == 0, await error);
        var pairs = SampleStore.ReadRecords(run).Select(r => (r.Sample.ProblemId, r.Sample.Index)).ToList();
        Assert.Equal(Problems * SamplesPerProblem, pairs.Count);
        Assert.Equal(Problems * SamplesPerProblem, pairs.Distinct().Count());
        Assert.Contains($"resuming: {storedAtKill} samples already stored", await output);
        Assert.Contains($"Drew {Problems * SamplesPerProblem - storedAtKill} samples", await output);
    }

    [Fact]
    public async Task TerminatedRunPrintsResumeCommand()
    {
        using var folder = new TempFolder();
        string run = folder.File("run");

        using Process child = CliHarness.Start(Arguments(run));
        Task<string> output = child.StandardOutput.ReadToEndAsync();
        var childError = new System.Text.StringBuilder();
        child.ErrorDataReceived += (_, e) => childError.AppendLine(e.Data);
        child.BeginErrorReadLine();
        await WaitForRecordsAsync(child, run, childError);
        using (Process signal = Process.Start("kill", ["-TERM", child.Id.ToString()]))
        {
            await signal.WaitForExitAsync();
        }

        await child.WaitForExitAsync().WaitAsync(HangLimit);

        Assert.Equal(ExitCodes.Cancelled, child.ExitCode);
        Assert.Contains($"--out {run} --resume", await output);
        Assert.Contains("Stopped: ", await output);
        Assert.InRange(SampleStore.ReadRecords(run).Count(), RecordsBeforeStop, Problems * SamplesPerProblem - 1);
    }

    private string[] Arguments(string run) =>
    [
        "run", "--model", model.Path, "--problems", $"synthetic:{Problems}", "--samples", SamplesPerProblem.ToString(),
        "--max-tokens", "64", "--batch-size", "4", "--threads", "1", "--out", run,
    ];

    private static System.Text.StringBuilder Drain(Process child)
    {
        var error = new System.Text.StringBuilder();
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, e) => error.AppendLine(e.Data);
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        return error;
    }

    private static async Task WaitForRecordsAsync(Process child, string run, System.Text.StringBuilder childError)
    {
        string samples = Path.Combine(run, SampleStore.SamplesFileName);
        var clock = Stopwatch.StartNew();
        while (CountLines(samples) < RecordsBeforeStop)
        {
            Assert.False(child.HasExited, $"The run ended (exit code {(child.HasExited ? child.ExitCode : 0)}) before it could be stopped: {childError}");
            Assert.True(clock.Elapsed < HangLimit, $"The run stored fewer than {RecordsBeforeStop} samples in {HangLimit}.");
            await Task.Delay(20);
        }

        Assert.False(child.HasExited, "The run finished before it could be stopped; raise the problem or sample count.");
    }

    private static int CountLines(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        int count = 0;
        int value;
        while ((value = stream.ReadByte()) >= 0)
        {
            if (value == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
