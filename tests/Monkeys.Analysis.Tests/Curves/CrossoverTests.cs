using Monkeys.Analysis.Curves;
using Monkeys.Coverage;

namespace Monkeys.Analysis.Tests.Curves;

public class CrossoverTests
{
    [Fact]
    public void Compare_WeakModel_FindsSmallestK()
    {
        // Weak: 10 problems, 100 samples, 5 correct each (pass@1 0.05). Strong: pass@1 0.5.
        // Weak coverage at k is 1 − C(95, k)/C(100, k) = 1 − ∏_{i=0}^{4} (100 − k − i)/(100 − i):
        // 0.4797 at k = 12 and 0.5092 at k = 13, so the crossover is k = 13.
        var weak = new NamedCounts("weak", Enumerable.Range(0, 10).Select(i => new ProblemCounts($"p{i}", 100, 5)).ToArray());
        var strong = new NamedCounts("strong", Enumerable.Range(0, 10).Select(i => new ProblemCounts($"p{i}", 1, i < 5 ? 1 : 0)).ToArray());

        CrossoverRow row = Crossover.Compare(weak, strong);

        Assert.Equal(13, row.CrossoverK);
        Assert.Equal(0.05, row.WeakPassAt1, 12);
        Assert.Equal(0.5, row.StrongPassAt1, 12);
        Assert.Equal(100, row.SampleCount);
    }

    [Fact]
    public void Compare_NeverReaches_HasNoCrossover()
    {
        // Half the weak problems are never solved, so coverage stays at 0.5 below a pass@1 of 0.6.
        var weak = new NamedCounts("weak", Enumerable.Range(0, 10).Select(i => new ProblemCounts($"p{i}", 50, i < 5 ? 10 : 0)).ToArray());
        var strong = new NamedCounts("strong", Enumerable.Range(0, 10).Select(i => new ProblemCounts($"p{i}", 10, 6)).ToArray());

        CrossoverRow row = Crossover.Compare(weak, strong);

        Assert.Null(row.CrossoverK);
        Assert.Equal(0.5, row.WeakCoverageAtN, 12);
    }

    [Fact]
    public void Compare_Table_ListsOnlyWeakerStrongerPairs()
    {
        NamedCounts[] models =
        [
            new("a", [new ProblemCounts("p", 10, 1)]),
            new("b", [new ProblemCounts("p", 10, 5)]),
            new("c", [new ProblemCounts("p", 10, 9)]),
        ];

        IReadOnlyList<CrossoverRow> rows = Crossover.Compare(models);

        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, row => row.WeakModel == "a" && row.StrongModel == "c");
        Assert.DoesNotContain(rows, row => row.WeakModel == "c");
    }
}
