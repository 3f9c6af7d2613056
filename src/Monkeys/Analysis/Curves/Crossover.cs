using Monkeys.Coverage;

namespace Monkeys.Analysis.Curves;

/// <summary>
/// Finds the budget k at which a weak model, sampled k times, passes a strong model's single attempt,
/// for every pair of models whose pass@1 differ.
/// </summary>
public static class Crossover
{
    /// <summary>Builds one row per ordered pair (weak, strong) with weak pass@1 below strong pass@1.</summary>
    /// <param name="models">Two or more models evaluated on the same task.</param>
    /// <exception cref="ArgumentException">Fewer than two models, or a model without problems.</exception>
    public static IReadOnlyList<CrossoverRow> Compare(IReadOnlyList<NamedCounts> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count < 2)
        {
            throw new ArgumentException($"A crossover table needs at least two models, but got {models.Count}.", nameof(models));
        }

        var rows = new List<CrossoverRow>();
        foreach (NamedCounts weak in models)
        {
            foreach (NamedCounts strong in models)
            {
                if (weak.PassAt1 < strong.PassAt1)
                {
                    rows.Add(Compare(weak, strong));
                }
            }
        }

        return rows;
    }

    /// <summary>Finds the smallest k whose coverage for <paramref name="weak"/> reaches the pass@1 of <paramref name="strong"/>.</summary>
    /// <param name="weak">Model sampled many times.</param>
    /// <param name="strong">Model sampled once.</param>
    /// <remarks>Coverage never decreases in k, so a binary search over 1..N finds the exact smallest k.</remarks>
    public static CrossoverRow Compare(NamedCounts weak, NamedCounts strong)
    {
        ArgumentNullException.ThrowIfNull(weak);
        ArgumentNullException.ThrowIfNull(strong);

        double target = strong.PassAt1;
        int sampleCount = weak.Problems.Min(p => p.SampleCount);
        double atN = CoverageAt(weak, sampleCount);
        int? crossover = null;
        if (atN >= target)
        {
            int low = 1;
            int high = sampleCount;
            while (low < high)
            {
                int middle = low + ((high - low) / 2);
                if (CoverageAt(weak, middle) >= target)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            crossover = low;
        }

        return new CrossoverRow(weak.Model, strong.Model, weak.PassAt1, target, crossover, atN, sampleCount);
    }

    private static double CoverageAt(NamedCounts model, int k) => CoverageCurve.Estimate(model.Problems, [k])[0].Coverage;
}
