using System.Numerics;
using System.Text.Json;
using Monkeys.Common;
using Monkeys.Coverage;

namespace Monkeys.Tests.Coverage;

public class CoverageCurveTests
{
    [Fact]
    public void EstimateIsMeanOfExactPassAtK()
    {
        var problems = new[]
        {
            new ProblemCounts("a", 12, 0),
            new ProblemCounts("b", 12, 1),
            new ProblemCounts("c", 15, 4),
            new ProblemCounts("d", 20, 19),
            new ProblemCounts("e", 9, 9),
        };

        var estimates = CoverageCurve.Estimate(problems, KGrid.Every(9));

        foreach (var estimate in estimates)
        {
            double expected = problems.Average(p => ExactPassAtK(p.SampleCount, p.CorrectCount, estimate.K));
            Assert.True(Math.Abs(expected - estimate.Coverage) < 1e-12, $"k={estimate.K}: expected {expected}, got {estimate.Coverage}");
        }
    }

    [Fact]
    public void DenseGridAgreesWithEstimatorAtLargeN()
    {
        int[] correctCounts = { 0, 1, 2, 17, 500, 9_999, 10_000 };
        var problems = correctCounts.Select(c => new ProblemCounts($"p{c}", 10_000, c)).ToArray();

        var estimates = CoverageCurve.Estimate(problems, KGrid.Every(10_000));

        foreach (int k in new[] { 1, 2, 3, 50, 999, 5_000, 9_998, 9_999, 10_000 })
        {
            double expected = correctCounts.Average(c => PassAtK.Estimate(10_000, c, k));
            Assert.True(Math.Abs(expected - estimates[k - 1].Coverage) < 1e-11, $"k={k}: expected {expected}, got {estimates[k - 1].Coverage}");
        }
    }

    [Fact]
    public void KAboveSomeProblemsSampleCountNamesProblem()
    {
        var problems = new[] { new ProblemCounts("gsm8k/test/0", 100, 3), new ProblemCounts("gsm8k/test/1", 4, 0) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CoverageCurve.Estimate(problems, KGrid.PowersOfTwo(100)));

        Assert.Contains("k is 100", error.Message);
        Assert.Contains("gsm8k/test/1", error.Message);
        Assert.Contains("1 to 4", error.Message);
    }

    [Fact]
    public void MultiProblemFieldCase()
    {
        foreach (var document in PassAtKTests.ReadCases().Where(d => d.RootElement.TryGetProperty("problems", out _)))
        {
            var root = document.RootElement;
            string caseId = root.GetProperty("id").GetString()!;
            var problems = root.GetProperty("problems").EnumerateArray()
                .Select((p, i) => new ProblemCounts($"{caseId}/{i}", p.GetProperty("n").GetInt32(), p.GetProperty("c").GetInt32()))
                .ToArray();
            int k = root.GetProperty("k").GetInt32();
            Assert.Equal(JsonValueKind.String, root.GetProperty("expected").ValueKind);

            var error = Assert.Throws<ArgumentOutOfRangeException>(() => CoverageCurve.Estimate(problems, new[] { k }));

            Assert.Contains($"k is {k}", error.Message);
            Assert.Contains($"{caseId}/0", error.Message);
        }
    }

    [Theory]
    [InlineData(10, -1)]
    [InlineData(10, 11)]
    [InlineData(0, 0)]
    public void InvalidCountsNameProblem(int sampleCount, int correctCount)
    {
        var problems = new[] { new ProblemCounts("bad-one", sampleCount, correctCount) };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CoverageCurve.Estimate(problems, new[] { 1 }));

        Assert.Contains("bad-one", error.Message);
    }

    [Fact]
    public void EmptyInputsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => CoverageCurve.Estimate(Array.Empty<ProblemCounts>(), new[] { 1 }));
        Assert.Throws<ArgumentException>(() => CoverageCurve.Estimate(new[] { new ProblemCounts("a", 3, 1) }, Array.Empty<int>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoverageCurve.Estimate(new[] { new ProblemCounts("a", 3, 1) }, new[] { 0 }));
    }

    [Fact]
    public void BootstrapIntervalContainsMean()
    {
        var curve = CoverageCurve.Compute(RandomProblems(200, 64, seed: 7), KGrid.PowersOfTwo(64));

        foreach (var point in curve.Points)
        {
            Assert.True(point.Lower <= point.Coverage, $"k={point.K}: lower {point.Lower} above mean {point.Coverage}");
            Assert.True(point.Coverage <= point.Upper, $"k={point.K}: upper {point.Upper} below mean {point.Coverage}");
            Assert.True(point.Lower < point.Upper, $"k={point.K}: empty interval");
        }
    }

    [Fact]
    public void BootstrapIntervalShrinksWithMoreProblems()
    {
        var few = CoverageCurve.Compute(RandomProblems(25, 16, seed: 3), new[] { 1, 4 });
        var many = CoverageCurve.Compute(RandomProblems(2_500, 16, seed: 3), new[] { 1, 4 });

        for (int i = 0; i < 2; i++)
        {
            double fewWidth = few.Points[i].Upper - few.Points[i].Lower;
            double manyWidth = many.Points[i].Upper - many.Points[i].Lower;

            // The width scales as 1/sqrt(problems): 100 times the problems gives about a tenth.
            Assert.True(manyWidth < fewWidth / 4, $"k={few.Points[i].K}: width {manyWidth} with 2,500 problems, {fewWidth} with 25");
        }
    }

    [Fact]
    public void TwoProblemBootstrapSpansBothValues()
    {
        // Replicates of two problems average (a,a), (a,b) or (b,b) with probabilities 1/4, 1/2, 1/4,
        // so the 2.5 % and 97.5 % quantiles of 4,000 replicates are a and b themselves.
        var problems = new[] { new ProblemCounts("low", 10, 1), new ProblemCounts("high", 10, 9) };

        var point = CoverageCurve.Compute(problems, new[] { 1 }, new BootstrapOptions { Replicates = 4_000 }).Points[0];

        Assert.Equal(0.5, point.Coverage, 12);
        Assert.Equal(0.1, point.Lower, 12);
        Assert.Equal(0.9, point.Upper, 12);
    }

    [Fact]
    public void BootstrapDependsOnlyOnSeedAndProblems()
    {
        var problems = RandomProblems(50, 32, seed: 11);
        var options = new BootstrapOptions { Replicates = 300, Seed = 42 };

        var sparse = CoverageCurve.Compute(problems, KGrid.PowersOfTwo(32), options);
        var dense = CoverageCurve.Compute(problems, KGrid.Every(32), options);
        var otherSeed = CoverageCurve.Compute(problems, KGrid.PowersOfTwo(32), options with { Seed = 43 });

        foreach (var point in sparse.Points)
        {
            Assert.Equal(point, dense.At(point.K));
        }

        Assert.NotEqual(sparse.At(2).Lower, otherSeed.At(2).Lower);
    }

    [Fact]
    public void ManyReplicatesSplitGridIntoBlocks()
    {
        // 5,000 replicates leave room for 209 budgets per block, so a 210-budget grid needs two blocks.
        var problems = RandomProblems(3, 210, seed: 5);
        var options = new BootstrapOptions { Replicates = 5_000, Seed = 9 };

        var dense = CoverageCurve.Compute(problems, KGrid.Every(210), options);
        var sparse = CoverageCurve.Compute(problems, KGrid.PowersOfTwo(210), options);

        foreach (var point in sparse.Points)
        {
            Assert.Equal(point, dense.At(point.K));
        }
    }

    [Theory]
    [InlineData(1000, 0.0)]
    [InlineData(1000, 1.0)]
    [InlineData(1000, double.NaN)]
    [InlineData(1, 0.95)]
    public void InvalidBootstrapOptionsAreRejected(int replicates, double level)
    {
        var options = new BootstrapOptions { Replicates = replicates, Level = level };

        Assert.Throws<ArgumentOutOfRangeException>(() => CoverageCurve.Compute(new[] { new ProblemCounts("a", 3, 1) }, new[] { 1 }, options));
    }

    [Fact]
    public void AtUnknownKNamesGrid()
    {
        var curve = CoverageCurve.Compute(new[] { new ProblemCounts("a", 4, 1) }, KGrid.PowersOfTwo(4), new BootstrapOptions { Replicates = 10 });

        var error = Assert.Throws<KeyNotFoundException>(() => curve.At(3));

        Assert.Contains("1, 2, 4", error.Message);
    }

    private static ProblemCounts[] RandomProblems(int count, int sampleCount, ulong seed)
    {
        var random = new SeededRandom(seed);
        return Enumerable.Range(0, count)
            .Select(i => new ProblemCounts($"p{i}", sampleCount, random.NextInt(sampleCount + 1)))
            .ToArray();
    }

    // 1 - C(n-c, k)/C(n, k) with exact big-integer binomials.
    private static double ExactPassAtK(int n, int c, int k)
    {
        BigInteger total = Binomial(n, k);
        BigInteger without = Binomial(n - c, k);
        return 1.0 - (double)without / (double)total;
    }

    private static BigInteger Binomial(int n, int k)
    {
        if (k > n)
        {
            return BigInteger.Zero;
        }

        BigInteger result = BigInteger.One;
        for (int i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}
