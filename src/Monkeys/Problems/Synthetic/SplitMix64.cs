namespace Monkeys.Problems.Synthetic;

/// <summary>
/// SplitMix64 pseudo-random generator (Steele, Lea and Flood, 2014). The sequence depends only on the
/// seed, never on the .NET version, so the synthetic splits stay the same on every machine.
/// </summary>
internal sealed class SplitMix64
{
    private ulong _state;

    /// <summary>Creates a generator whose output is fixed by <paramref name="seed"/>.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        ulong z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns an integer in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int minInclusive, int maxInclusive)
    {
        ulong span = (ulong)(maxInclusive - minInclusive) + 1;

        // The modulo bias is below 2^-50 for the spans used here, far under anything a test could see.
        return minInclusive + (int)(NextUInt64() % span);
    }

    /// <summary>Returns a number with exactly <paramref name="digits"/> decimal digits.</summary>
    public int WithDigits(int digits) => digits == 1 ? Between(1, 9) : Between(Pow10(digits - 1), Pow10(digits) - 1);

    /// <summary>Returns one item of <paramref name="items"/>, each equally likely.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary>Returns true with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    private static int Pow10(int exponent)
    {
        int value = 1;
        for (int i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }
}
