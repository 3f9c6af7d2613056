namespace Monkeys.Common;

/// <summary>
/// Small seeded pseudo-random generator (SplitMix64) whose output depends only on the seed, so a
/// recorded seed reproduces a bootstrap or a few-shot draw on any runtime version.
/// </summary>
/// <remarks>
/// <see cref="System.Random"/> with a seed is not promised to produce the same sequence across .NET
/// versions, which is why the project carries its own. SplitMix64 (Steele, Lea and Flood 2014) passes
/// BigCrush and is more than enough for resampling and drawing examples; it is not cryptographic.
/// Not thread-safe: use one instance per thread.
/// </remarks>
public sealed class SeededRandom
{
    private ulong state;

    /// <summary>Creates a generator whose sequence is fixed by <paramref name="seed"/>.</summary>
    public SeededRandom(ulong seed)
    {
        state = seed;
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns a uniformly distributed integer in [0, <paramref name="bound"/>).</summary>
    /// <param name="bound">Exclusive upper bound, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is below 1.</exception>
    public int NextInt(int bound)
    {
        Guard.AtLeast(bound, 1);

        // Lemire's multiply-shift: the high 32 bits of a 32x32 product, rejecting the few low values
        // that would make some results more likely than others.
        ulong range = (ulong)bound;
        ulong product = (NextUInt64() >> 32) * range;
        ulong low = product & 0xFFFFFFFFUL;
        if (low < range)
        {
            ulong threshold = (0x1_0000_0000UL - range) % range;
            while (low < threshold)
            {
                product = (NextUInt64() >> 32) * range;
                low = product & 0xFFFFFFFFUL;
            }
        }

        return (int)(product >> 32);
    }

    /// <summary>Returns a uniformly distributed double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
