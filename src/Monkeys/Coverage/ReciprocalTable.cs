namespace Monkeys.Coverage;

/// <summary>Tables of 1/(n − j) for j = 0 … maxK − 1, built once per distinct sample count n.</summary>
internal sealed class ReciprocalTable
{
    private readonly int maxK;
    private readonly Dictionary<int, double[]> tables = new();

    public ReciprocalTable(int maxK)
    {
        this.maxK = maxK;
    }

    /// <summary>Returns the table for sample count <paramref name="sampleCount"/> (which must be at least maxK).</summary>
    public ReadOnlySpan<double> For(int sampleCount)
    {
        if (!tables.TryGetValue(sampleCount, out double[]? table))
        {
            table = new double[maxK];
            for (int j = 0; j < maxK; j++)
            {
                table[j] = 1.0 / (sampleCount - j);
            }

            tables.Add(sampleCount, table);
        }

        return table;
    }
}
