using Monkeys.Coverage;

namespace Monkeys.Tests.Coverage;

public class KGridTests
{
    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(2, new[] { 1, 2 })]
    [InlineData(8, new[] { 1, 2, 4, 8 })]
    [InlineData(10, new[] { 1, 2, 4, 8, 10 })]
    [InlineData(100, new[] { 1, 2, 4, 8, 16, 32, 64, 100 })]
    public void PowersOfTwoEndAtSampleCount(int sampleCount, int[] expected)
    {
        Assert.Equal(expected, KGrid.PowersOfTwo(sampleCount));
    }

    [Fact]
    public void PowersOfTwoHandlesIntMaxValue()
    {
        var grid = KGrid.PowersOfTwo(int.MaxValue);

        Assert.Equal(32, grid.Count);
        Assert.Equal(1 << 30, grid[30]);
        Assert.Equal(int.MaxValue, grid[^1]);
    }

    [Fact]
    public void EveryListsOneToN()
    {
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, KGrid.Every(5));
    }

    [Fact]
    public void LogSpacedIsAscendingAndDistinct()
    {
        var grid = KGrid.LogSpaced(10_000, 40);

        Assert.Equal(1, grid[0]);
        Assert.Equal(10_000, grid[^1]);
        Assert.True(grid.Zip(grid.Skip(1)).All(pair => pair.First < pair.Second));
        Assert.InRange(grid.Count, 30, 40);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void RejectsSampleCountBelowOne(int sampleCount)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KGrid.PowersOfTwo(sampleCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => KGrid.Every(sampleCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => KGrid.LogSpaced(sampleCount, 10));
    }
}
