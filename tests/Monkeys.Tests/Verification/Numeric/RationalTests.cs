using System.Numerics;
using Monkeys.Verification.Numeric;

namespace Monkeys.Tests.Verification.Numeric;

public class RationalTests
{
    [Theory]
    [InlineData(14, 4, "7/2")]
    [InlineData(-14, 4, "-7/2")]
    [InlineData(14, -4, "-7/2")]
    [InlineData(-14, -4, "7/2")]
    [InlineData(10, 5, "2")]
    [InlineData(0, 9, "0")]
    [InlineData(1, 10, "1/10")]
    public void ReducesToLowestTerms(long numerator, long denominator, string expected)
    {
        Assert.Equal(expected, new Rational(numerator, denominator).ToString());
    }

    [Fact]
    public void DefaultIsZero()
    {
        Rational zero = default;

        Assert.Equal(BigInteger.One, zero.Denominator);
        Assert.Equal(new Rational(0, 5), zero);
        Assert.Equal("0", zero.ToString());
    }

    [Fact]
    public void EqualValuesHaveEqualHashes()
    {
        Assert.Equal(new Rational(7, 2).GetHashCode(), new Rational(350, 100).GetHashCode());
    }

    [Fact]
    public void ComparesByValue()
    {
        Assert.True(new Rational(1, 3).CompareTo(new Rational(1, 2)) < 0);
        Assert.True(new Rational(-1, 2).CompareTo(new Rational(-1, 3)) < 0);
        Assert.Equal(0, new Rational(2, 4).CompareTo(new Rational(1, 2)));
    }

    [Fact]
    public void ZeroDenominatorThrows()
    {
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
    }
}
