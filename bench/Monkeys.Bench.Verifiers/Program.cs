// Times the two verifiers of Monkeys.Verification: MATH answer equivalence checks per second and
// sandboxed HumanEval runs per second at several worker counts.
// Usage: dotnet run -c Release --project bench/Monkeys.Bench.Verifiers -- <shared folder> [--seconds S] [--workers 1,2,4]
// The shared folder holds data/math500/test.jsonl and data/humaneval/HumanEval.jsonl.gz.

using System.Diagnostics;
using Monkeys.Problems.HumanEval;
using Monkeys.Problems.Math500;
using Monkeys.Verification.Code;
using Monkeys.Verification.MathAnswers;

if (args.Length < 1)
{
    Console.Error.WriteLine("Usage: Monkeys.Bench.Verifiers <shared folder> [--seconds S] [--workers 1,2,4]");
    return 2;
}

var shared = args[0];
var seconds = OptionValue(args, "--seconds", "5");
var workerCounts = OptionValue(args, "--workers", "1,2").Split(',').Select(int.Parse).ToArray();

Console.WriteLine($"{Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
Console.WriteLine();

// MATH: each pair is (answer extracted from the reference solution, dataset answer), the typical
// case of a sample compared with its reference.
var pairs = Math500Loader.Load(Path.Combine(shared, "data/math500/test.jsonl"))
    .Select(problem => (Answer: MathAnswerExtractor.Extract(problem.Metadata["solution"]).Answer ?? string.Empty, Reference: problem.ReferenceAnswer))
    .ToArray();
// Rows of the hand-checked table: most are decided by parsing and evaluating, not by the
// string-equality shortcut that decides every MATH500 pair after normalisation.
var tablePath = Path.Combine(AppContext.BaseDirectory, "equivalence-table.jsonl");
var table = File.ReadLines(tablePath)
    .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
    .Select(row => (Answer: row.GetProperty("answer").GetString()!, Reference: row.GetProperty("reference").GetString()!))
    .ToArray();

// CPU seconds are reported next to wall seconds because the reference machine is shared: under load
// the wall-clock rate shows the share of the CPU this process got, the CPU-time rate the code's cost.
Console.WriteLine("| MATH equivalence case | threads | checks | checks/s (wall) | checks per CPU-second |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
foreach (var (name, set) in new[] { ("MATH500: solution's boxed answer vs answer", pairs), ("hand-checked table rows", table) })
{
    foreach (var threads in new[] { 1, Environment.ProcessorCount })
    {
        var (count, elapsed, cpu) = TimeChecks(set, threads, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"| {name} | {threads} | {count:N0} | {count / elapsed.TotalSeconds:N0} | {count / cpu.TotalSeconds:N0} |");
    }
}

Console.WriteLine();
var problems = HumanEvalLoader.Load(Path.Combine(shared, "data/humaneval/HumanEval.jsonl.gz"));
Console.WriteLine($"load average before the sandbox runs: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine("| sandboxed HumanEval canonical solutions | workers | runs | seconds | runs/s | passed |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
foreach (var workers in workerCounts)
{
    using var sandbox = PythonSandbox.Create(new PythonSandboxOptions(WorkerCount: workers));
    if (!sandbox.IsAvailable)
    {
        Console.WriteLine($"sandbox unavailable: {sandbox.UnavailableReason}");
        return 1;
    }

    var verifier = new HumanEvalVerifier(sandbox);
    var stopwatch = Stopwatch.StartNew();
    var results = await Task.WhenAll(problems.Select(problem => verifier.RunAsync(problem, problem.ReferenceAnswer)));
    stopwatch.Stop();
    var passed = results.Count(result => result.Verdict == CodeVerdict.Passed);
    Console.WriteLine($"| all 164 | {workers} | {results.Length} | {stopwatch.Elapsed.TotalSeconds:0.0} | {results.Length / stopwatch.Elapsed.TotalSeconds:0.0} | {passed} |");
}

Console.WriteLine();
using (var sandbox = PythonSandbox.Create(new PythonSandboxOptions(WorkerCount: 1)))
{
    var limits = SandboxLimits.Default with { WallClock = TimeSpan.FromSeconds(2) };
    var empty = await sandbox.RunAsync("pass\n", null, limits);
    var sleeping = await sandbox.RunAsync("import time\ntime.sleep(60)\n", null, limits);
    Console.WriteLine($"empty program: {empty.Elapsed.TotalMilliseconds:0} ms; 60 s sleep under a 2 s wall clock: {sleeping.Status} after {sleeping.Elapsed.TotalMilliseconds:0} ms");
}

return 0;

static (long Count, TimeSpan Elapsed, TimeSpan Cpu) TimeChecks((string Answer, string Reference)[] set, int threads, double seconds)
{
    // Warm up the JIT and the regex caches.
    foreach (var (answer, reference) in set)
    {
        MathAnswerEquivalence.Instance.AreEquivalent(answer, reference);
    }

    long total = 0;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
    {
        long local = 0;
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var (answer, reference) in set)
            {
                MathAnswerEquivalence.Instance.AreEquivalent(answer, reference);
            }

            local += set.Length;
        }

        Interlocked.Add(ref total, local);
    });
    return (total, stopwatch.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
}

static string OptionValue(string[] arguments, string name, string fallback)
{
    var index = Array.IndexOf(arguments, name);
    return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : fallback;
}
