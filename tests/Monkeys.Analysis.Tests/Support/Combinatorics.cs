namespace Monkeys.Analysis.Tests.Support;

/// <summary>Exact small-number combinatorics for closed-form expectations in tests.</summary>
internal static class Combinatorics
{
    public static double Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        double result = 1;
        for (int i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }

    /// <summary>P(H = h) for H correct items among k drawn without replacement from n items, c of them correct.</summary>
    public static double Hypergeometric(int n, int c, int k, int h) =>
        Choose(c, h) * Choose(n - c, k - h) / Choose(n, k);
}
