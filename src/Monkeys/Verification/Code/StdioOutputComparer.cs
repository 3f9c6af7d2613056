using System.Globalization;

namespace Monkeys.Verification.Code;

/// <summary>
/// Compares program output with expected output the way CodeContests does: both are split on
/// whitespace into tokens, the token counts must match, and each pair must match case-insensitively
/// as text, or as integers exactly, or as floating-point numbers within an absolute or relative
/// difference of 1e-5.
/// </summary>
public static class StdioOutputComparer
{
    /// <summary>Largest difference at which two floating-point tokens still match.</summary>
    public const double FloatTolerance = 1e-5;

    /// <summary>Returns true when <paramref name="actual"/> matches <paramref name="expected"/>.</summary>
    public static bool OutputsMatch(string expected, string actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var expectedTokens = expected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var actualTokens = actual.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (expectedTokens.Length != actualTokens.Length)
        {
            return false;
        }

        for (var i = 0; i < expectedTokens.Length; i++)
        {
            if (!TokensMatch(expectedTokens[i], actualTokens[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TokensMatch(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var expectedIsInteger = System.Numerics.BigInteger.TryParse(expected, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expectedInteger);
        var actualIsInteger = System.Numerics.BigInteger.TryParse(actual, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var actualInteger);
        if (expectedIsInteger && actualIsInteger)
        {
            return expectedInteger == actualInteger;
        }

        const NumberStyles floatStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (double.TryParse(expected, floatStyle, CultureInfo.InvariantCulture, out var expectedFloat)
            && double.TryParse(actual, floatStyle, CultureInfo.InvariantCulture, out var actualFloat)
            && double.IsFinite(expectedFloat) && double.IsFinite(actualFloat))
        {
            var difference = System.Math.Abs(expectedFloat - actualFloat);
            return difference <= FloatTolerance || difference <= FloatTolerance * System.Math.Abs(expectedFloat);
        }

        return false;
    }
}
