// Times coverage curves at the scale of Brown et al. 2024: 128 problems x 10,000 samples per problem.
// Usage: dotnet run -c Release --project bench/Monkeys.Bench.Coverage [-- --repeats N]
// Each case runs once to warm up the JIT and then N timed repeats. The table lists min, median and max
// wall time, and the process CPU time of all repeats divided by N. On a loaded machine the CPU time is
// the steadier number, because wall time includes waiting for a core.

using System.Diagnostics;
using Monkeys.Common;
using Monkeys.Coverage;

int repeats = args.Length == 2 && args[0] == "--repeats" ? int.Parse(args[1]) : 20;

const int problemCount = 128;
const int sampleCount = 10_000;

// Correct counts spread like a real run: many problems with few correct samples, some with many.
var random = new SeededRandom(2024);
var problems = Enumerable.Range(0, problemCount)
    .Select(i => new ProblemCounts($"p{i}", sampleCount, (int)(sampleCount * Math.Pow(random.NextDouble(), 3))))
    .ToArray();

var everyK = KGrid.Every(sampleCount);
var powers = KGrid.PowersOfTwo(sampleCount);

Console.WriteLine($"{problemCount} problems x {sampleCount:N0} samples, {repeats} repeats, {Environment.ProcessorCount} logical CPUs, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
Console.WriteLine();
Console.WriteLine("| case | k values | min ms | median ms | max ms | CPU ms per run |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");

Time("coverage, no interval (CoverageCurve.Estimate)", everyK.Count, repeats, () => CoverageCurve.Estimate(problems, everyK));
Time("coverage, no interval (CoverageCurve.Estimate)", powers.Count, repeats, () => CoverageCurve.Estimate(problems, powers));
Time("coverage + 1,000-replicate bootstrap (CoverageCurve.Compute)", powers.Count, repeats, () => CoverageCurve.Compute(problems, powers));
// Seconds per run, so a few repeats are enough.
Time("coverage + 1,000-replicate bootstrap (CoverageCurve.Compute)", everyK.Count, Math.Min(repeats, 3), () => CoverageCurve.Compute(problems, everyK));
Time("pass@k one call per (problem, k) (PassAtK.Estimate)", powers.Count, repeats, () => DirectEstimates(problems, powers));

static void Time(string name, int kCount, int repeats, Func<object> action)
{
    GC.KeepAlive(action());

    var milliseconds = new double[repeats];
    TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    for (int i = 0; i < repeats; i++)
    {
        var stopwatch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        milliseconds[i] = stopwatch.Elapsed.TotalMilliseconds;
    }

    double cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / repeats;
    Array.Sort(milliseconds);
    Console.WriteLine($"| {name} | {kCount:N0} | {milliseconds[0]:F1} | {milliseconds[repeats / 2]:F1} | {milliseconds[^1]:F1} | {cpuPerRun:F1} |");
}

static object DirectEstimates(ProblemCounts[] problems, IReadOnlyList<int> ks)
{
    var means = new double[ks.Count];
    for (int i = 0; i < ks.Count; i++)
    {
        means[i] = problems.Average(p => PassAtK.Estimate(p.SampleCount, p.CorrectCount, ks[i]));
    }

    return means;
}
