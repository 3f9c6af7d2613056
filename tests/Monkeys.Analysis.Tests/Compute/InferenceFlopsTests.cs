using Monkeys.Analysis.Compute;
using Monkeys.Coverage;

namespace Monkeys.Analysis.Tests.Compute;

public class InferenceFlopsTests
{
    // Llama-3-8B: 8.03e9 parameters, 32 layers, d_model 4096.
    private static readonly ModelShape Llama3 = new(8_030_000_000, 32, 4096);

    [Fact]
    public void PerToken_Llama3At1000_MatchesHandComputation()
    {
        // 2·32·4096·1000 = 262,144,000; 2·(8,030,000,000 + 262,144,000) = 16,584,288,000.
        Assert.Equal(16_584_288_000.0, InferenceFlops.PerToken(Llama3, 1000));
    }

    [Fact]
    public void PerToken_ZeroContext_IsTwicePerParameter()
    {
        Assert.Equal(16_060_000_000.0, InferenceFlops.PerToken(Llama3, 0));
    }

    [Fact]
    public void Run_PromptAndSamples_MatchesHandValue()
    {
        // Prompt 500 tokens at L = 500: 500 · 2·(8.03e9 + 262,144·500) = 500 · 16,322,144,000 = 8,161,072,000,000.
        // Sample of 100 tokens at L = 600: 100 · 2·(8.03e9 + 262,144·600) = 100 · 16,374,572,800 = 1,637,457,280,000.
        // Sample of 300 tokens at L = 800: 300 · 2·(8.03e9 + 262,144·800) = 300 · 16,479,430,400 = 4,943,829,120,000.
        var usage = new ProblemTokenUsage("p1", 500, [100, 300]);

        double flops = InferenceFlops.Run(Llama3, usage);

        Assert.Equal(8_161_072_000_000.0 + 1_637_457_280_000.0 + 4_943_829_120_000.0, flops);
    }

    [Fact]
    public void AtBudget_UsesPromptOncePlusKMeanSamples()
    {
        var usage = new ProblemTokenUsage("p1", 500, [100, 300]);
        double meanSample = (1_637_457_280_000.0 + 4_943_829_120_000.0) / 2;

        double flops = InferenceFlops.AtBudget(Llama3, usage, 10);

        Assert.Equal(8_161_072_000_000.0 + (10 * meanSample), flops, 1e-3);
    }

    [Fact]
    public void AtBudget_NoSamples_ThrowsNamingProblem()
    {
        var usage = new ProblemTokenUsage("gsm8k/7", 500, []);

        var error = Assert.Throws<ArgumentException>(() => InferenceFlops.AtBudget(Llama3, usage, 1));

        Assert.Contains("gsm8k/7", error.Message);
    }

    [Fact]
    public void ModelShape_ZeroLayers_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ModelShape(1000, 0, 64));

        Assert.Contains("layers is 0", error.Message);
    }

    [Fact]
    public void ProblemTokenUsage_NegativeDecoded_ThrowsNamingIndex()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ProblemTokenUsage("p9", 10, [5, -1]));

        Assert.Contains("decodedTokens[1]", error.Message);
        Assert.Contains("p9", error.Message);
    }

    [Fact]
    public void FlopsCoverageCurve_SumsOverProblems()
    {
        ProblemCounts[] problems = [new("a", 4, 1), new("b", 4, 0)];
        CoverageCurve curve = CoverageCurve.Compute(problems, [1, 2, 4], new BootstrapOptions { Replicates = 20, Seed = 1 });
        var tiny = new ModelShape(1000, 2, 8);
        ProblemTokenUsage[] usage = [new("a", 10, [5, 5, 5, 5]), new("b", 10, [1, 1, 1, 1])];

        IReadOnlyList<FlopsCoveragePoint> points = FlopsCoverageCurve.Compute(curve, tiny, usage);

        // Per token at L: 2·(1000 + 2·2·8·L) = 2000 + 64·L. Prompt: 10 · (2000 + 640) = 26,400 per problem.
        // Problem a, a sample: 5 · (2000 + 64·15) = 14,800. Problem b, a sample: 1 · (2000 + 64·11) = 2,704.
        // At k = 2: 2·26,400 + 2·14,800 + 2·2,704 = 87,808.
        Assert.Equal(87_808.0, points[1].Flops, 6);
        Assert.Equal(2, points[1].K);
        // pass@1 is 1/4 for problem a and 0 for problem b.
        Assert.Equal(0.125, points[0].Coverage, 12);
    }
}
