using Monkeys.Problems.Synthetic;

namespace Monkeys.Tests.Problems.Synthetic;

public sealed class ArithmeticCarriesTests
{
    [Theory]
    [InlineData(12, 34, 0)]
    [InlineData(15, 7, 1)]
    [InlineData(999, 1, 3)]
    [InlineData(345, 27, 1)]
    public void OfSum_CountsCarries(int a, int b, int expected) => Assert.Equal(expected, ArithmeticCarries.OfSum(a, b));

    [Theory]
    [InlineData(68, 12, 0)]
    [InlineData(372, 58, 1)]
    [InlineData(1000, 1, 3)]
    public void OfDifference_CountsBorrows(int a, int b, int expected) => Assert.Equal(expected, ArithmeticCarries.OfDifference(a, b));

    [Theory]
    [InlineData(12, 3, 0)]
    [InlineData(47, 6, 2)]
    [InlineData(25, 4, 2)]
    public void OfProduct_CountsCarries(int a, int digit, int expected) => Assert.Equal(expected, ArithmeticCarries.OfProduct(a, digit));
}
