using System.Runtime.CompilerServices;

namespace Monkeys.Common;

/// <summary>
/// Precondition checks with one message shape: the parameter, the offending value and the allowed
/// range, for example <c>k is 12; the allowed range is 1 to 10 (k must not exceed sampleCount).</c>
/// </summary>
/// <remarks>
/// Every check throws <see cref="ArgumentOutOfRangeException"/> and never clamps. NaN is outside every
/// range. The exception is built without its "actual value" line, so its message stays on one line.
/// </remarks>
public static class Guard
{
    /// <summary>Checks that <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>] and returns it.</summary>
    /// <param name="value">Value to check.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <param name="rule">Optional rule that explains the bounds, appended in brackets (for example "k must not exceed sampleCount").</param>
    /// <param name="parameterName">Name of the checked parameter; filled in by the compiler.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside the range.</exception>
    public static int InRange(
        int value,
        int min,
        int max,
        string? rule = null,
        [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (value < min || value > max)
        {
            throw OutOfRange(parameterName, value.ToString(), RangeText(min.ToString(), max.ToString()), rule);
        }

        return value;
    }

    /// <summary>Checks that <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>] and returns it; NaN is out of range.</summary>
    /// <param name="value">Value to check.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <param name="rule">Optional rule that explains the bounds, appended in brackets.</param>
    /// <param name="parameterName">Name of the checked parameter; filled in by the compiler.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or lies outside the range.</exception>
    public static double InRange(
        double value,
        double min,
        double max,
        string? rule = null,
        [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            throw OutOfRange(parameterName, Format(value), RangeText(Format(min), Format(max)), rule);
        }

        return value;
    }

    /// <summary>Checks that <paramref name="value"/> is at least <paramref name="min"/> and returns it.</summary>
    /// <param name="value">Value to check.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="rule">Optional rule that explains the bound, appended in brackets.</param>
    /// <param name="parameterName">Name of the checked parameter; filled in by the compiler.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is below <paramref name="min"/>.</exception>
    public static int AtLeast(
        int value,
        int min,
        string? rule = null,
        [CallerArgumentExpression(nameof(value))] string? parameterName = null)
    {
        if (value < min)
        {
            throw OutOfRange(parameterName, value.ToString(), $"{min} or more", rule);
        }

        return value;
    }

    /// <summary>Builds the exception every check throws, for callers that test a condition the helpers above cannot express.</summary>
    /// <param name="parameterName">Name of the offending parameter.</param>
    /// <param name="value">Offending value, as it should appear in the message.</param>
    /// <param name="allowed">Allowed range in words (for example "1 to 10").</param>
    /// <param name="rule">Optional rule that explains the bounds, appended in brackets.</param>
    public static ArgumentOutOfRangeException OutOfRange(string? parameterName, string value, string allowed, string? rule = null)
    {
        string name = parameterName ?? "value";
        string suffix = rule is null ? string.Empty : $" ({rule})";
        return new ArgumentOutOfRangeException(name, $"{name} is {value}; the allowed range is {allowed}{suffix}.");
    }

    private static string RangeText(string min, string max) => $"{min} to {max}";

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
