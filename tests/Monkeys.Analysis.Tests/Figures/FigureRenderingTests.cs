using System.Buffers.Binary;
using MathNet.Numerics.Distributions;
using Monkeys.Analysis;
using Monkeys.Analysis.Compute;
using Monkeys.Analysis.Curves;
using Monkeys.Analysis.Fits;
using Monkeys.Analysis.Selection;
using Monkeys.Coverage;
using Monkeys.Figures;
using ScottPlot;

namespace Monkeys.Analysis.Tests.Figures;

/// <summary>
/// Renders one figure of each kind at 600×400 and checks the files. Set MONKEYS_KEEP_FIGURES to a
/// folder to keep the images for a visual check; otherwise they go to a temporary folder that is deleted.
/// </summary>
public sealed class FigureRenderingTests : IDisposable
{
    private readonly string? keepFolder = Environment.GetEnvironmentVariable("MONKEYS_KEEP_FIGURES");
    private readonly string folder;

    public FigureRenderingTests()
    {
        folder = keepFolder ?? Path.Combine(Path.GetTempPath(), "monkeys-figures-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    public void Dispose()
    {
        if (keepFolder is null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void CoverageCurvesFigure_TwoModels_WritesPngAndSvg()
    {
        CoverageSeries[] series =
        [
            new("small model", Curve(seed: 1, successScale: 0.02).Points),
            new("large model", Curve(seed: 2, successScale: 0.1).Points),
        ];

        Plot plot = CoverageCurvesFigure.Create(series, "Coverage of two models");

        AssertExported(plot, "coverage-curves");
    }

    [Fact]
    public void PowerLawFitFigure_WithExtrapolation_WritesPngAndSvg()
    {
        var random = new Random(3);
        ObservedCoverage[] observed = KGrid.LogSpaced(1000, 40)
            .Select(k => new ObservedCoverage(k, Binomial.Sample(random, Math.Exp(-2.0 * Math.Pow(k, -0.3)), 4000) / 4000.0))
            .ToArray();
        PowerLawFit fit = PowerLawFitter.Fit(observed);

        Plot plot = PowerLawFitFigure.Create([new FittedCurve("synthetic task", observed, fit)], 100_000, "Power-law fit");

        AssertExported(plot, "power-law-fit");
    }

    [Fact]
    public void FlopsCoverageFigure_TwoModels_WritesPngAndSvg()
    {
        ProblemTokenUsage[] usage = Enumerable.Range(0, 64).Select(i => new ProblemTokenUsage($"p{i}", 300, [120, 180])).ToArray();
        FlopsSeries[] series =
        [
            new("Llama-3-8B", FlopsCoverageCurve.Compute(Curve(1, 0.05), new ModelShape(8_030_000_000, 32, 4096), usage)),
            new("Llama-3-70B", FlopsCoverageCurve.Compute(Curve(2, 0.15), new ModelShape(70_600_000_000, 80, 8192), usage)),
        ];

        Plot plot = FlopsCoverageFigure.Create(series, "Coverage against inference compute");

        AssertExported(plot, "flops-coverage");
    }

    [Fact]
    public void SelectionFigure_AllMethods_WritesPngAndSvg()
    {
        var random = new Random(4);
        ProblemOutcomes[] problems = Enumerable.Range(0, 40).Select(p =>
        {
            double rate = random.NextDouble() * 0.3;
            return new ProblemOutcomes($"p{p}", Enumerable.Range(0, 256).Select(_ =>
            {
                bool correct = random.NextDouble() < rate;
                string answer = correct ? "42" : random.Next(6).ToString();
                return new SampleOutcome(answer, correct, Math.Log((correct ? 0.4 : 0.2) + (random.NextDouble() * 0.5)));
            }).ToArray());
        }).ToArray();
        SelectionCurve curve = SelectionSimulator.Evaluate(problems, KGrid.PowersOfTwo(256), new SelectionOptions { Seed = 1 });

        Plot plot = SelectionFigure.Create(curve, "Selection methods against coverage");

        AssertExported(plot, "selection");
    }

    [Fact]
    public void CoverageCurvesFigure_NaNCoverage_Throws()
    {
        CoveragePoint[] points = [new(1, 0.1, 0.05, 0.15), new(2, double.NaN, 0.1, 0.3)];

        var error = Assert.Throws<ArgumentException>(() => CoverageCurvesFigure.Create([new CoverageSeries("broken", points)]));

        Assert.Contains("'broken'", error.Message);
        Assert.Contains("point 1", error.Message);
    }

    [Fact]
    public void PowerLawFitFigure_NaNFit_Throws()
    {
        var fit = new PowerLawFit(double.NaN, -0.3, 0, 0, 0, double.NaN, 3, 1, 4, MathNet.Numerics.Optimization.ExitCondition.InvalidValues, 1, 0.95, true, "invalid");
        ObservedCoverage[] observed = [new(1, 0.1), new(2, 0.2), new(4, 0.3)];

        var error = Assert.Throws<ArgumentException>(() => PowerLawFitFigure.Create([new FittedCurve("bad", observed, fit)], 10));

        Assert.Contains("fit parameter", error.Message);
    }

    private static CoverageCurve Curve(int seed, double successScale)
    {
        var random = new Random(seed);
        ProblemCounts[] problems = Enumerable.Range(0, 64)
            .Select(i => new ProblemCounts($"p{i}", 1000, Binomial.Sample(random, successScale * random.NextDouble() * random.NextDouble(), 1000)))
            .ToArray();
        return CoverageCurve.Compute(problems, KGrid.PowersOfTwo(1000), new BootstrapOptions { Replicates = 200, Seed = (ulong)seed });
    }

    private void AssertExported(Plot plot, string name)
    {
        (string png, string svg) = FigureStyle.Export(plot, Path.Combine(folder, name));

        byte[] bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 1000, $"{png} is only {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(600, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(400, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));

        string svgText = File.ReadAllText(svg);
        Assert.Contains("<svg", svgText);
        Assert.Contains("</svg>", svgText);
    }
}
