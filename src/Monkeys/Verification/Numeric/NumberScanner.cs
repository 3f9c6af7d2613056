using System.Numerics;
using System.Text.RegularExpressions;

namespace Monkeys.Verification.Numeric;

/// <summary>
/// Finds the numbers written in free text and reads each as an exact <see cref="Rational"/>.
/// </summary>
/// <remarks>
/// <para>Accepted forms: an optional sign (<c>-</c>, <c>+</c>, or U+2212 minus) before or after a
/// <c>$</c> (<c>-$5</c>, <c>$-5</c>); an integer part written plain (<c>80000</c>) or with commas between
/// groups of exactly three digits (<c>80,000</c>); an optional decimal part (<c>3.50</c>, <c>.5</c>); or an
/// integer fraction (<c>7/2</c>). Trailing punctuation, units and percent signs are left out
/// (<c>1,000.</c> reads as 1000, <c>50%</c> as 50).</para>
/// <para>A digit glued to another digit by <c>,</c>, <c>.</c> or <c>/</c> in any other way (<c>1,2</c>,
/// <c>12,34</c>, <c>1.2.3</c>, <c>3/4/2020</c>) is ambiguous, and none of it is read as a number: a
/// list never collapses into one value such as 12. Numbers glued to letters on their left
/// (<c>COVID19</c>) are skipped. Only ASCII digits count, so other scripts' digits are not read, and
/// neither are scientific notation and number words.</para>
/// </remarks>
internal static partial class NumberScanner
{
    [GeneratedRegex(
        """
        (?<![\w.,/])
        (?<lead>[-+\u2212])?
        (?:\$\s?(?<trail>[-+\u2212])?)?
        (?:
            (?<numerator>[0-9]+)/(?<denominator>[0-9]+)
          | (?<integer>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?<fraction>[0-9]+))?
          | \.(?<fraction>[0-9]+)
        )
        (?![0-9]|[.,/][0-9])
        """,
        RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>Returns every number in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<NumberToken> Scan(string text)
    {
        var tokens = new List<NumberToken>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            tokens.Add(Read(match));
        }

        return tokens;
    }

    private static NumberToken Read(Match match)
    {
        // A sign on both sides of the currency symbol ("-$-5") is not a number anyone writes on purpose.
        var lead = match.Groups["lead"];
        var trail = match.Groups["trail"];
        if (lead.Success && trail.Success)
        {
            return new NumberToken(match.Index, match.Value, null);
        }

        string sign = "+";
        if (lead.Success)
        {
            sign = lead.Value;
        }
        else if (trail.Success)
        {
            sign = trail.Value;
        }

        bool negative = sign is "-" or "\u2212";

        Rational? magnitude = ReadMagnitude(match);
        if (magnitude is not Rational value)
        {
            return new NumberToken(match.Index, match.Value, null);
        }

        return new NumberToken(match.Index, match.Value, negative ? new Rational(-value.Numerator, value.Denominator) : value);
    }

    private static Rational? ReadMagnitude(Match match)
    {
        if (match.Groups["numerator"].Success)
        {
            BigInteger denominator = BigInteger.Parse(match.Groups["denominator"].Value);
            return denominator.IsZero ? null : new Rational(BigInteger.Parse(match.Groups["numerator"].Value), denominator);
        }

        string integerDigits = match.Groups["integer"].Success ? match.Groups["integer"].Value.Replace(",", string.Empty) : "0";
        string fractionDigits = match.Groups["fraction"].Success ? match.Groups["fraction"].Value : string.Empty;
        return new Rational(BigInteger.Parse(integerDigits + fractionDigits), BigInteger.Pow(10, fractionDigits.Length));
    }
}
