using Microsoft.Data.Analysis;
using Monkeys.Analysis.Compute;
using Monkeys.Analysis.Curves;
using Monkeys.Analysis.Families;
using Monkeys.Analysis.Fits;
using Monkeys.Analysis.Import;
using Monkeys.Analysis.Selection;
using Monkeys.Analysis.Tables;
using Monkeys.Coverage;
using Monkeys.Verification;

namespace Monkeys.Analysis.Tests.Tables;

public class FrameTests
{
    [Fact]
    public void Cost_TableOne_HasTotals()
    {
        IReadOnlyList<CostRow> rows = CostTable.Compute(
            [new("DeepSeek-Coder-V2-Instruct", 5, 0.0072m, 0.2962), new("GPT-4o", 1, 0.13m, 0.24), new("Claude 3.5 Sonnet", 1, 0.17m, 0.267)],
            300);

        DataFrame frame = ComputeFrame.Cost(rows);

        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal(10.8m, frame["total_cost"][0]);
        Assert.Equal(39m, frame["total_cost"][1]);
        Assert.Equal(51m, frame["total_cost"][2]);
        Assert.Equal("GPT-4o", frame["system"][1]);
    }

    [Fact]
    public void Coverage_TwoSeries_IsLongFormat()
    {
        CoveragePoint[] points = [new(1, 0.1, 0.05, 0.15), new(2, 0.2, 0.1, 0.3)];

        DataFrame frame = CoverageFrame.Build([new CoverageSeries("a", points), new CoverageSeries("b", points[..1])]);

        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal("b", frame["model"][2]);
        Assert.Equal(2, frame["k"][1]);
        Assert.Equal(0.3, frame["upper"][1]);
    }

    [Fact]
    public void Fit_Parameters_AndBudgets()
    {
        PowerLawFit fit = PowerLawFitter.Fit(KGrid.LogSpaced(1000, 40).Select(k => new ObservedCoverage(k, Math.Exp(-2.0 * Math.Pow(k, -0.3)))).ToArray());

        DataFrame parameters = FitFrame.Build([new NamedFit("m", fit)]);
        DataFrame budgets = FitFrame.SampleBudgets(fit, [0.5, 0.9]);
        DataFrame extrapolation = FitFrame.Extrapolation(fit, [10, 10_000]);

        Assert.Equal(-2.0, (double)parameters["a"][0]!, 4);
        Assert.Equal(false, parameters["poor_fit"][0]);
        Assert.Equal(Math.Pow(Math.Log(0.5) / -2.0, 1 / -0.3), (double)budgets["samples"][0]!, 2);
        Assert.Equal(false, extrapolation["extrapolated"][0]);
        Assert.Equal(true, extrapolation["extrapolated"][1]);
    }

    [Fact]
    public void Selection_NoScores_LeavesRewardColumnsEmpty()
    {
        ProblemOutcomes[] problems = [new("p", [new("1", true), new("2", false), new("1", true)])];
        SelectionCurve curve = SelectionSimulator.Evaluate(problems, [1, 3], new SelectionOptions { Repetitions = 10 });

        DataFrame frame = SelectionFrame.Build(curve);

        Assert.Equal(2, frame.Rows.Count);
        Assert.Null(frame["best_of_n_mean"][0]);
        Assert.Equal(1.0, frame["majority_mean"][1]);
        Assert.Equal(0.0, (double)frame["gap"][1]!, 12);
    }

    [Fact]
    public void Crossover_NeverReached_HasEmptyK()
    {
        CrossoverRow[] rows = [new("weak", "strong", 0.1, 0.9, null, 0.5, 100)];

        DataFrame frame = CrossoverFrame.Build(rows);

        Assert.Null(frame["crossover_k"][0]);
        Assert.Equal(100, frame["n"][0]);
    }

    [Fact]
    public void Family_ShiftColumn_MatchesComparison()
    {
        NamedFit[] fits =
        [
            new("a", PowerLawFitter.Fit(KGrid.LogSpaced(1000, 40).Select(k => new ObservedCoverage(k, Math.Exp(-1.0 * Math.Pow(k, -0.3)))).ToArray())),
            new("b", PowerLawFitter.Fit(KGrid.LogSpaced(1000, 40).Select(k => new ObservedCoverage(k, Math.Exp(-2.0 * Math.Pow(k, -0.3)))).ToArray())),
        ];
        FamilyComparison comparison = ModelFamily.Compare(fits, coverageLevel: 0.6);

        DataFrame frame = FamilyFrame.Build(comparison);

        Assert.Equal(comparison.Members[1].ShiftLog10K, frame["shift_log10_k"][1]);
    }

    [Fact]
    public void Agreement_Disagreements_OneRowEach()
    {
        VerdictDisagreement[] disagreements = [new("p", 3, true, Verdict.Incorrect, "7", "expected 4")];

        DataFrame frame = AgreementFrame.Build(disagreements);

        Assert.Equal(3, frame["sample_index"][0]);
        Assert.Equal("Incorrect", frame["verdict"][0]);
    }

    [Fact]
    public void Flops_Series_OneRowPerPoint()
    {
        FlopsCoveragePoint[] points = [new(1, 1e12, 0.1, 0.1, 0.1), new(2, 2e12, 0.2, 0.2, 0.2)];

        DataFrame frame = ComputeFrame.Flops([new FlopsSeries("m", points)]);

        Assert.Equal(2e12, frame["flops"][1]);
    }
}
