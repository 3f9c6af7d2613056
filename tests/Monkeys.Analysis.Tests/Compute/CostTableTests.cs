using Monkeys.Analysis.Compute;

namespace Monkeys.Analysis.Tests.Compute;

public class CostTableTests
{
    [Fact]
    public void Compute_SweBenchLitePrices_ReproducesTableOne()
    {
        // Brown et al. 2024, Table 1: 300 SWE-bench Lite problems.
        AttemptPricing[] systems =
        [
            new("DeepSeek-Coder-V2-Instruct", 5, 0.0072m, 0.2962),
            new("GPT-4o", 1, 0.13m, 0.2400),
            new("Claude 3.5 Sonnet", 1, 0.17m, 0.2670),
        ];

        IReadOnlyList<CostRow> rows = CostTable.Compute(systems, 300);

        Assert.Equal(10.8m, rows[0].TotalCost);
        Assert.Equal(39m, rows[1].TotalCost);
        Assert.Equal(51m, rows[2].TotalCost);
        Assert.Equal(5, rows[0].Attempts);
        Assert.Equal(0.2962, rows[0].SolveRate);
    }

    [Fact]
    public void Compute_CostPerSolved_DividesBySolvedCount()
    {
        IReadOnlyList<CostRow> rows = CostTable.Compute([new("m", 2, 0.5m, 0.25)], 100);

        // 0.5 · 2 · 100 = $100 for 25 solved problems.
        Assert.Equal(4m, rows[0].CostPerSolvedProblem);
    }

    [Fact]
    public void Compute_NothingSolved_HasNoCostPerSolved()
    {
        IReadOnlyList<CostRow> rows = CostTable.Compute([new("m", 1, 0.5m, 0)], 10);

        Assert.Null(rows[0].CostPerSolvedProblem);
    }

    [Fact]
    public void Compute_NegativePrice_ThrowsNamingSystem()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CostTable.Compute([new("cheap", 1, -0.01m, 0.2)], 300));

        Assert.Contains("PricePerAttempt is -0.01", error.Message);
        Assert.Contains("cheap", error.Message);
    }

    [Fact]
    public void Compute_SolveRateAsPercent_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CostTable.Compute([new("m", 1, 0.1m, 29.62)], 300));

        Assert.Contains("SolveRate is 29.62", error.Message);
    }

    [Fact]
    public void Compute_ZeroAttempts_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CostTable.Compute([new("m", 0, 0.1m, 0.2)], 300));

        Assert.Contains("Attempts is 0", error.Message);
    }
}
