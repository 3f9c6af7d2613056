using Monkeys.Samples;

namespace Monkeys.Endpoints.Tests.Support;

internal static class SampleAssert
{
    /// <summary>Asserts that the samples are exactly the expected indices, each once.</summary>
    public static void EachIndexOnce(IEnumerable<int> expected, IReadOnlyList<Sample> samples)
    {
        int[] yielded = [.. samples.Select(s => s.Index).Order()];
        Assert.Equal(expected.Order(), yielded);
    }
}
