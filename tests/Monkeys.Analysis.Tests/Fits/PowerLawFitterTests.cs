using MathNet.Numerics.Distributions;
using Monkeys.Analysis.Fits;
using Monkeys.Coverage;

namespace Monkeys.Analysis.Tests.Fits;

public class PowerLawFitterTests
{
    // 40 log-spaced budgets in [1, 10,000], the grid the fit uses for a 10,000-sample run.
    private static readonly IReadOnlyList<int> Grid = KGrid.LogSpaced(10_000, 40);

    [Theory]
    [InlineData(-2.0, -0.3)]
    [InlineData(-0.7, -0.15)]
    [InlineData(-4.5, -0.45)]
    public void Fit_ExactCurve_RecoversParameters(double a, double b)
    {
        ObservedCoverage[] points = Grid.Select(k => new ObservedCoverage(k, Math.Exp(a * Math.Pow(k, b)))).ToArray();

        PowerLawFit fit = PowerLawFitter.Fit(points);

        Assert.InRange(fit.A, a - Math.Abs(a) * 0.01, a + Math.Abs(a) * 0.01);
        Assert.InRange(fit.B, b - Math.Abs(b) * 0.01, b + Math.Abs(b) * 0.01);
        Assert.True(fit.RmseCoverage < 1e-6, $"RMSE {fit.RmseCoverage}");
        Assert.False(fit.IsPoorFit, fit.PoorFitReason);
    }

    [Theory]
    [InlineData(-2.0, -0.3, 1)]
    [InlineData(-2.0, -0.3, 2)]
    [InlineData(-0.7, -0.15, 3)]
    [InlineData(-4.5, -0.45, 4)]
    public void Fit_BinomialNoise_RecoversParametersWithinFivePercent(double a, double b, int seed)
    {
        // Each point is the solved fraction of 2,000 independent problems with success chance c(k).
        const int problemCount = 2000;
        var random = new Random(seed);
        ObservedCoverage[] points = Grid
            .Select(k => new ObservedCoverage(k, Binomial.Sample(random, Math.Exp(a * Math.Pow(k, b)), problemCount) / (double)problemCount))
            .ToArray();

        PowerLawFit fit = PowerLawFitter.Fit(points);

        Assert.InRange(fit.A, a - Math.Abs(a) * 0.05, a + Math.Abs(a) * 0.05);
        Assert.InRange(fit.B, b - Math.Abs(b) * 0.05, b + Math.Abs(b) * 0.05);
        Assert.InRange(a, fit.A - 4 * fit.StandardErrorA, fit.A + 4 * fit.StandardErrorA);
        Assert.InRange(b, fit.B - 4 * fit.StandardErrorB, fit.B + 4 * fit.StandardErrorB);
    }

    [Fact]
    public void Extrapolate_ExactCurve_MatchesFormulaBeyondRange()
    {
        ObservedCoverage[] points = KGrid.LogSpaced(100, 40).Select(k => new ObservedCoverage(k, Math.Exp(-2.0 * Math.Pow(k, -0.3)))).ToArray();
        PowerLawFit fit = PowerLawFitter.Fit(points);

        CoveragePrediction prediction = fit.Extrapolate(10_000);

        double expected = Math.Exp(-2.0 * Math.Pow(10_000, -0.3));
        Assert.Equal(expected, prediction.Coverage, 6);
        Assert.True(prediction.Lower <= prediction.Coverage);
        Assert.True(prediction.Upper >= prediction.Coverage);
        Assert.True(prediction.Upper <= 1.0);
    }

    [Fact]
    public void Extrapolate_NoisyCurve_BandContainsTrueCurve()
    {
        var random = new Random(7);
        ObservedCoverage[] points = KGrid.LogSpaced(1000, 40)
            .Select(k => new ObservedCoverage(k, Binomial.Sample(random, Math.Exp(-2.0 * Math.Pow(k, -0.3)), 500) / 500.0))
            .ToArray();
        PowerLawFit fit = PowerLawFitter.Fit(points);

        foreach (double k in new[] { 100.0, 10_000.0, 100_000.0 })
        {
            CoveragePrediction prediction = fit.Extrapolate(k);
            double truth = Math.Exp(-2.0 * Math.Pow(k, -0.3));
            Assert.InRange(truth, prediction.Lower, prediction.Upper);
            Assert.True(prediction.Lower < prediction.Coverage, $"lower end at k = {k}");
            Assert.True(prediction.Coverage < prediction.Upper, $"upper end at k = {k}");
        }
    }

    [Fact]
    public void SamplesForCoverage_ExactCurve_InvertsFormula()
    {
        // c(k) = exp(−2·k^−0.3) reaches 0.5 at k = (ln 0.5 / −2)^(1/−0.3) = 0.346574^(−3.3333) = 34.199 (by hand).
        ObservedCoverage[] points = Grid.Select(k => new ObservedCoverage(k, Math.Exp(-2.0 * Math.Pow(k, -0.3)))).ToArray();
        PowerLawFit fit = PowerLawFitter.Fit(points);

        SampleBudgetEstimate estimate = fit.SamplesForCoverage(0.5);

        Assert.True(estimate.IsReachable);
        Assert.Equal(Math.Pow(Math.Log(0.5) / -2.0, 1 / -0.3), estimate.Samples!.Value, 3);
        Assert.InRange(estimate.Samples!.Value, 34.19, 34.21);
        Assert.True(estimate.Lower <= estimate.Samples);
        Assert.True(estimate.Samples <= estimate.Upper);
    }

    [Fact]
    public void SamplesForCoverage_FlatCurve_IsUnreachable()
    {
        var fit = new PowerLawFit(-1, 0.1, 0.01, 0.01, 0, 0.001, 40, 1, 100, MathNet.Numerics.Optimization.ExitCondition.Converged, 5, 0.95, false, null);

        SampleBudgetEstimate estimate = fit.SamplesForCoverage(0.9);

        Assert.False(estimate.IsReachable);
        Assert.Null(estimate.Samples);
        Assert.Contains("b = 0.1", estimate.Reason);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    [InlineData(-0.2)]
    public void SamplesForCoverage_TargetOutsideOpenUnitInterval_Throws(double target)
    {
        PowerLawFit fit = PowerLawFitter.Fit(Grid.Select(k => new ObservedCoverage(k, Math.Exp(-2.0 * Math.Pow(k, -0.3)))).ToArray());

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => fit.SamplesForCoverage(target));

        Assert.Contains("targetCoverage", error.Message);
    }

    [Fact]
    public void Fit_SShapedCurve_IsFlaggedPoor()
    {
        // A logistic curve in log k: flat near 0.05 for small k, then a steep rise. The law cannot bend twice.
        ObservedCoverage[] points = Grid
            .Select(k => new ObservedCoverage(k, 0.05 + 0.9 / (1 + Math.Exp(-3 * (Math.Log10(k) - 2.5)))))
            .ToArray();

        PowerLawFit fit = PowerLawFitter.Fit(points);

        Assert.True(fit.IsPoorFit);
        Assert.True(fit.RmseCoverage > 0.02);
        Assert.Contains("RMSE", fit.PoorFitReason);
    }

    [Fact]
    public void Fit_TwoDistinctK_Throws()
    {
        ObservedCoverage[] points = [new(1, 0.2), new(2, 0.3), new(2, 0.31)];

        var error = Assert.Throws<ArgumentException>(() => PowerLawFitter.Fit(points));

        Assert.Contains("at least 3 distinct k", error.Message);
    }

    [Fact]
    public void Fit_AllZeroCoverage_Throws()
    {
        ObservedCoverage[] points = [new(1, 0), new(2, 0), new(4, 0)];

        var error = Assert.Throws<ArgumentException>(() => PowerLawFitter.Fit(points));

        Assert.Contains("coverage at k = 1 is 0", error.Message);
    }

    [Fact]
    public void Fit_AllOneCoverage_Throws()
    {
        ObservedCoverage[] points = [new(1, 1), new(2, 1), new(4, 1)];

        var error = Assert.Throws<ArgumentException>(() => PowerLawFitter.Fit(points));

        Assert.Contains("coverage is 1 at every k", error.Message);
    }

    [Fact]
    public void Fit_BudgetBelowOne_Throws()
    {
        ObservedCoverage[] points = [new(0.5, 0.1), new(2, 0.2), new(4, 0.3)];

        var error = Assert.Throws<ArgumentException>(() => PowerLawFitter.Fit(points));

        Assert.Contains("k = 0.5", error.Message);
    }

    [Fact]
    public void FitCounts_TwoSamplesEach_Throws()
    {
        // Two samples per problem give the grid {1, 2}: too few distinct k for a fit.
        ProblemCounts[] problems = [new("p1", 2, 1), new("p2", 2, 0)];

        var error = Assert.Throws<ArgumentException>(() => PowerLawFitter.FitCounts(problems));

        Assert.Contains("distinct k", error.Message);
    }

    [Fact]
    public void FitCounts_PerProblemRates_MatchDirectFit()
    {
        // Counts whose coverage is computed by pass@k and fitted; the same curve fitted directly must agree.
        ProblemCounts[] problems = Enumerable.Range(0, 50).Select(i => new ProblemCounts($"p{i}", 1000, i * 3)).ToArray();
        var grid = KGrid.LogSpaced(1000, 40);
        ObservedCoverage[] direct = grid.Select(k => new ObservedCoverage(k, problems.Average(p => PassAtK.Estimate(1000, p.CorrectCount, k)))).ToArray();

        PowerLawFit fromCounts = PowerLawFitter.FitCounts(problems);
        PowerLawFit fromPoints = PowerLawFitter.Fit(direct);

        Assert.Equal(fromPoints.A, fromCounts.A, 6);
        Assert.Equal(fromPoints.B, fromCounts.B, 6);
        Assert.Equal(grid.Count, fromCounts.PointCount);
    }
}
