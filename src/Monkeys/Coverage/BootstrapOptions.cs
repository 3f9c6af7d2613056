using Monkeys.Common;

namespace Monkeys.Coverage;

/// <summary>Settings of the percentile bootstrap over problems.</summary>
/// <remarks>
/// Each replicate draws as many problems as the set contains, uniformly with replacement, and averages
/// their pass@k. The interval ends are the (1 − level)/2 and (1 + level)/2 quantiles of the replicate
/// means, with linear interpolation between order statistics (type 7 of Hyndman and Fan, 1996).
/// The interval covers problem-to-problem variation only; it treats each problem's pass@k estimate as
/// exact.
/// </remarks>
public sealed record BootstrapOptions
{
    /// <summary>1,000 replicates, a 95 % interval, seed 0.</summary>
    public static BootstrapOptions Default { get; } = new();

    /// <summary>Number of bootstrap replicates (at least 2).</summary>
    public int Replicates { get; init; } = 1000;

    /// <summary>Confidence level, strictly between 0 and 1 (0.95 for a 95 % interval).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Seed of the resampling; the same seed and inputs give the same interval.</summary>
    public ulong Seed { get; init; }

    /// <summary>Checks the settings and throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid one.</summary>
    public void Validate()
    {
        Guard.AtLeast(Replicates, 2);
        if (double.IsNaN(Level) || Level <= 0 || Level >= 1)
        {
            throw Guard.OutOfRange(nameof(Level), Level.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "strictly between 0 and 1");
        }
    }
}
