using System.Diagnostics;
using System.Globalization;
using Monkeys.Analysis;
using Monkeys.Analysis.Compute;
using Monkeys.Analysis.Curves;
using Monkeys.Analysis.Families;
using Monkeys.Analysis.Fits;
using Monkeys.Analysis.Selection;
using Monkeys.Analysis.Tables;
using Monkeys.Bench.Analysis;
using Monkeys.Coverage;
using Monkeys.Figures;
using Monkeys.Verification.Numeric;

// Usage: Monkeys.Bench.Analysis [problems=128] [samples=10000] [figure folder]
int problemCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 128;
int sampleCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
string figureFolder = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "monkeys-bench-analysis");
Directory.CreateDirectory(figureFolder);

Console.WriteLine($"Synthetic run: {problemCount} problems x {sampleCount} samples, {Environment.ProcessorCount} processors");
ProblemOutcomes[] small = SyntheticRun.Create(problemCount, sampleCount, seed: 1);
ProblemOutcomes[] large = SyntheticRun.Create(problemCount, sampleCount, seed: 2);
ProblemTokenUsage[] usage = SyntheticRun.TokenUsage(problemCount, sampleCount, seed: 3);
long inputBytes = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"Input in memory (two runs + token counts): {inputBytes / 1e6:F0} MB");

// Warm-up on a small slice, so the timing below excludes JIT compilation.
RunAnalysis(small[..4].Select(p => p with { Samples = p.Samples.Take(256).ToArray() }).ToArray(), small[..4], usage[..4], figureFolder, report: false);

long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
RunAnalysis(small, large, usage, figureFolder, report: true);
watch.Stop();
long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
Console.WriteLine($"Total analysis time: wall {watch.Elapsed.TotalSeconds:F2} s, CPU {cpu.TotalSeconds:F2} s (all threads)");
Console.WriteLine($"Load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine($"Allocated during analysis: {allocated / 1e6:F0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");

static void RunAnalysis(ProblemOutcomes[] small, ProblemOutcomes[] large, ProblemTokenUsage[] usage, string folder, bool report)
{
    var stage = Stopwatch.StartNew();
    TimeSpan cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    void Mark(string name)
    {
        TimeSpan cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
        if (report)
        {
            Console.WriteLine($"  {name,-48} wall {stage.Elapsed.TotalMilliseconds,7:F0} ms   CPU {(cpuNow - cpuAtStart).TotalMilliseconds,7:F0} ms");
        }

        cpuAtStart = cpuNow;
        stage.Restart();
    }

    int sampleCount = small.Min(p => p.Samples.Count);
    ProblemCounts[] smallCounts = small.Select(p => p.ToCounts()).ToArray();
    ProblemCounts[] largeCounts = large.Select(p => p.ToCounts()).ToArray();
    IReadOnlyList<int> powers = KGrid.PowersOfTwo(sampleCount);
    CoverageCurve smallCurve = CoverageCurve.Compute(smallCounts, powers, new BootstrapOptions { Seed = 1 });
    CoverageCurve largeCurve = CoverageCurve.Compute(largeCounts, powers, new BootstrapOptions { Seed = 2 });
    IReadOnlyList<CrossoverRow> crossover = Crossover.Compare([new NamedCounts("small", smallCounts), new NamedCounts("large", largeCounts)]);
    Mark("coverage curves (1,000 bootstrap) + crossover");

    PowerLawFit smallFit = PowerLawFitter.FitCounts(smallCounts);
    PowerLawFit largeFit = PowerLawFitter.FitCounts(largeCounts);
    FamilyComparison family = ModelFamily.Compare([new NamedFit("small", smallFit), new NamedFit("large", largeFit)]);
    Mark("power-law fits (40 points) + family");

    var smallShape = new ModelShape(8_030_000_000, 32, 4096);
    var largeShape = new ModelShape(70_600_000_000, 80, 8192);
    IReadOnlyList<FlopsCoveragePoint> smallFlops = FlopsCoverageCurve.Compute(smallCurve, smallShape, usage);
    IReadOnlyList<FlopsCoveragePoint> largeFlops = FlopsCoverageCurve.Compute(largeCurve, largeShape, usage);
    Mark("coverage vs FLOPs");

    var options = new SelectionOptions { Seed = 7, Equivalence = new NumericVerifier(NumericAnswerFormat.LastNumber) };
    SelectionCurve selection = SelectionSimulator.Evaluate(small, powers, options);
    Mark($"selection: 3 methods x {powers.Count} k x 100 subsets");

    var frames = new[]
    {
        CoverageFrame.Build([new CoverageSeries("small", smallCurve.Points), new CoverageSeries("large", largeCurve.Points)]),
        CrossoverFrame.Build(crossover),
        FitFrame.Build([new NamedFit("small", smallFit), new NamedFit("large", largeFit)]),
        FamilyFrame.Build(family),
        ComputeFrame.Flops([new FlopsSeries("small", smallFlops), new FlopsSeries("large", largeFlops)]),
        SelectionFrame.Build(selection),
    };
    Mark($"{frames.Length} DataFrames");

    ObservedCoverage[] observed = CoverageCurve.Estimate(smallCounts, KGrid.LogSpaced(sampleCount, 40)).Select(e => new ObservedCoverage(e.K, e.Coverage)).ToArray();
    FigureStyle.Export(CoverageCurvesFigure.Create([new CoverageSeries("small", smallCurve.Points), new CoverageSeries("large", largeCurve.Points)]), Path.Combine(folder, "coverage"));
    FigureStyle.Export(PowerLawFitFigure.Create([new FittedCurve("small", observed, smallFit)], sampleCount * 10.0), Path.Combine(folder, "fit"));
    FigureStyle.Export(FlopsCoverageFigure.Create([new FlopsSeries("small", smallFlops), new FlopsSeries("large", largeFlops)]), Path.Combine(folder, "flops"));
    FigureStyle.Export(SelectionFigure.Create(selection), Path.Combine(folder, "selection"));
    Mark("4 figures, PNG + SVG at 600x400");

    if (report)
    {
        Console.WriteLine($"  fit small: a = {smallFit.A:F3}, b = {smallFit.B:F3}, RMSE {smallFit.RmseCoverage:F4}, {smallFit.ExitCondition}");
        SelectionPoint last = selection.Points[^1];
        Console.WriteLine($"  at k = {last.K}: coverage {last.Coverage:F3}, majority {last.MajorityVote.Mean:F3}, best-of-N {last.RewardBestOfN?.Mean:F3}, weighted {last.RewardWeightedVote?.Mean:F3}, gap {last.Gap:F3}");
    }
}
