using Monkeys.Common;

namespace Monkeys.Tests.Common;

public class SeededRandomTests
{
    [Fact]
    public void FirstOutputMatchesSplitMix64Reference()
    {
        // SplitMix64 seeded with 0: the first output of the reference C implementation
        // (Vigna, splitmix64.c), as listed in several independent test suites.
        var random = new SeededRandom(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
    }

    [Fact]
    public void NextIntIsRoughlyUniform()
    {
        var random = new SeededRandom(5);
        var counts = new int[7];
        for (int i = 0; i < 70_000; i++)
        {
            counts[random.NextInt(7)]++;
        }

        // Each bin expects 10,000 with a standard deviation of about 93; 600 is over six of them.
        Assert.All(counts, count => Assert.InRange(count, 9_400, 10_600));
    }

    [Fact]
    public void NextIntRejectsBoundBelowOne()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SeededRandom(1).NextInt(0));

        Assert.Contains("bound is 0", error.Message);
    }
}
