using Monkeys.Common;

namespace Monkeys.Tests.Common;

public class GuardTests
{
    [Fact]
    public void MessageNamesParameterValueAndRange()
    {
        int budget = 12;

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(budget, 1, 10, "budget must not exceed the sample count"));

        Assert.Equal("budget", error.ParamName);
        Assert.StartsWith("budget is 12; the allowed range is 1 to 10 (budget must not exceed the sample count).", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void DoubleOutsideRangeOrNaNThrows(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Guard.InRange(level, 0.0, 1.0));
    }

    [Fact]
    public void ValuesInsideRangePassThrough()
    {
        Assert.Equal(1, Guard.InRange(1, 1, 1));
        Assert.Equal(0.5, Guard.InRange(0.5, 0.0, 1.0));
        Assert.Equal(7, Guard.AtLeast(7, 7));
    }
}
