using System.Text;

namespace Monkeys.Sampling;

/// <summary>
/// Derives each sample's seed from the run seed, the problem id and the sample index, so a sample's
/// seed does not depend on which other samples were drawn with it (a resumed run reuses the same seeds).
/// </summary>
public static class SampleSeeds
{
    /// <summary>Returns the seed of sample <paramref name="index"/> of problem <paramref name="problemId"/>.</summary>
    public static ulong For(ulong runSeed, string problemId, int index)
    {
        // FNV-1a over the UTF-8 id, then SplitMix64 finalisation of the mix with the seed and index.
        ulong hash = 14695981039346656037UL;
        foreach (byte b in Encoding.UTF8.GetBytes(problemId))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return SplitMix(SplitMix(runSeed ^ hash) + (ulong)index);
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
