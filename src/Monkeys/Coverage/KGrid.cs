using Monkeys.Common;

namespace Monkeys.Coverage;

/// <summary>Budgets k at which a coverage curve is evaluated; every grid is ascending and has no repeats.</summary>
public static class KGrid
{
    /// <summary>Returns 1, 2, 4, … up to <paramref name="sampleCount"/>, with <paramref name="sampleCount"/> itself appended when it is not a power of two.</summary>
    /// <param name="sampleCount">Largest budget, usually the number of samples per problem (at least 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is below 1.</exception>
    public static IReadOnlyList<int> PowersOfTwo(int sampleCount)
    {
        Guard.AtLeast(sampleCount, 1);

        var ks = new List<int>();
        for (long k = 1; k <= sampleCount; k *= 2)
        {
            ks.Add((int)k);
        }

        if (ks[^1] != sampleCount)
        {
            ks.Add(sampleCount);
        }

        return ks;
    }

    /// <summary>Returns every budget 1, 2, 3, …, <paramref name="sampleCount"/>.</summary>
    /// <param name="sampleCount">Largest budget (at least 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is below 1.</exception>
    public static IReadOnlyList<int> Every(int sampleCount)
    {
        Guard.AtLeast(sampleCount, 1);
        return Enumerable.Range(1, sampleCount).ToArray();
    }

    /// <summary>
    /// Returns about <paramref name="count"/> budgets spaced evenly in log k from 1 to
    /// <paramref name="sampleCount"/>, rounded to integers; rounding merges neighbours at small k, so
    /// the grid can be shorter than <paramref name="count"/>.
    /// </summary>
    /// <param name="sampleCount">Largest budget (at least 1); always the last element.</param>
    /// <param name="count">Requested number of points (at least 2).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is below its minimum.</exception>
    public static IReadOnlyList<int> LogSpaced(int sampleCount, int count)
    {
        Guard.AtLeast(sampleCount, 1);
        Guard.AtLeast(count, 2);

        var ks = new SortedSet<int>();
        double logMax = Math.Log(sampleCount);
        for (int i = 0; i < count; i++)
        {
            double k = Math.Exp(logMax * i / (count - 1));
            ks.Add(Math.Clamp((int)Math.Round(k), 1, sampleCount));
        }

        return ks.ToArray();
    }
}
