using System.Numerics;
using System.Runtime.InteropServices;

namespace Monkeys.Coverage;

/// <summary>Percentile bootstrap of mean pass@k over problems, for every budget of a grid at once.</summary>
internal static class CoverageBootstrap
{
    // Budgets per block: at most 256, and few enough that a block's replicate means (block size ×
    // replicates doubles) stay within 8 MiB however many replicates are requested.
    private const int MaxBlockSize = 256;
    private const int MaxBlockDoubles = 1 << 20;

    /// <summary>Fills lower[i] and upper[i] with the interval ends at budget i of <paramref name="rows"/>.</summary>
    public static void Interval(double[][] rows, BootstrapOptions options, double[] lower, double[] upper, CancellationToken cancellationToken)
    {
        int problemCount = rows.Length;
        int budgetCount = rows[0].Length;
        int replicates = options.Replicates;
        double[] weights = DrawWeights(problemCount, options);

        double lowerQuantile = (1.0 - options.Level) / 2.0;
        double upperQuantile = 1.0 - lowerQuantile;
        int blockSize = Math.Clamp(MaxBlockDoubles / replicates, 1, MaxBlockSize);
        var means = new double[blockSize * replicates];
        var sum = new double[blockSize];

        for (int start = 0; start < budgetCount; start += blockSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int length = Math.Min(blockSize, budgetCount - start);

            // Replicate mean of each budget in the block: sum of weight × pass@k over problems / problem count.
            for (int b = 0; b < replicates; b++)
            {
                var accumulator = sum.AsSpan(0, length);
                accumulator.Clear();
                for (int p = 0; p < problemCount; p++)
                {
                    double weight = weights[b * problemCount + p];
                    if (weight != 0)
                    {
                        AddScaled(accumulator, rows[p].AsSpan(start, length), weight);
                    }
                }

                for (int i = 0; i < length; i++)
                {
                    means[i * replicates + b] = accumulator[i] / problemCount;
                }
            }

            for (int i = 0; i < length; i++)
            {
                var replicateMeans = means.AsSpan(i * replicates, replicates);
                replicateMeans.Sort();
                lower[start + i] = Quantile(replicateMeans, lowerQuantile);
                upper[start + i] = Quantile(replicateMeans, upperQuantile);
            }
        }
    }

    // weights[b·P + p] = how many times replicate b drew problem p; each replicate draws P problems.
    private static double[] DrawWeights(int problemCount, BootstrapOptions options)
    {
        var random = new Common.SeededRandom(options.Seed);
        var weights = new double[options.Replicates * problemCount];
        for (int b = 0; b < options.Replicates; b++)
        {
            for (int draw = 0; draw < problemCount; draw++)
            {
                weights[b * problemCount + random.NextInt(problemCount)] += 1.0;
            }
        }

        return weights;
    }

    private static void AddScaled(Span<double> accumulator, ReadOnlySpan<double> row, double weight)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && accumulator.Length >= Vector<double>.Count)
        {
            var accumulatorVectors = MemoryMarshal.Cast<double, Vector<double>>(accumulator);
            var rowVectors = MemoryMarshal.Cast<double, Vector<double>>(row);
            var scale = new Vector<double>(weight);
            for (int v = 0; v < accumulatorVectors.Length; v++)
            {
                accumulatorVectors[v] += rowVectors[v] * scale;
            }

            i = accumulatorVectors.Length * Vector<double>.Count;
        }

        for (; i < accumulator.Length; i++)
        {
            accumulator[i] += row[i] * weight;
        }
    }

    // Type 7 quantile (linear interpolation between order statistics) of sorted values.
    private static double Quantile(ReadOnlySpan<double> sorted, double probability)
    {
        double position = (sorted.Length - 1) * probability;
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
