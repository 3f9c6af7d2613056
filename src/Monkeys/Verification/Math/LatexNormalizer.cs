using System.Text;
using System.Text.RegularExpressions;

namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Rewrites an extracted LaTeX answer into the canonical form the structure parser reads. The rules
/// are listed in order in <see cref="Normalize"/>; <c>docs/math-equivalence.md</c> gives examples.
/// </summary>
internal static partial class LatexNormalizer
{
    /// <summary>
    /// Normalises one answer: strips math delimiters, <c>\left</c>/<c>\right</c> and size commands,
    /// spacing commands, <c>\displaystyle</c>; maps <c>\dfrac</c>/<c>\tfrac</c>/<c>\cfrac</c> to
    /// <c>\frac</c>; drops degree marks, percent signs and dollar signs (no rescaling: <c>10\%</c>
    /// becomes <c>10</c>, never <c>0.1</c>); unwraps <c>\text{…}</c>-style groups, except that a group
    /// after other content is a unit and is dropped with any power on it (<c>15\mbox{ cm}^2</c> is
    /// <c>15</c>); removes thousands separators when the whole answer is one grouped number
    /// (<c>8,000</c>, <c>8{,}000</c>); removes trailing periods; collapses whitespace.
    /// </summary>
    public static string Normalize(string answer)
    {
        var text = answer.Trim();
        text = text.Replace("\\displaystyle", " ", StringComparison.Ordinal);
        text = SizeCommand().Replace(text, string.Empty);
        text = text.Replace("\\dfrac", "\\frac", StringComparison.Ordinal)
            .Replace("\\tfrac", "\\frac", StringComparison.Ordinal)
            .Replace("\\cfrac", "\\frac", StringComparison.Ordinal);
        text = SpacingCommand().Replace(text, " ");
        text = text.Replace("{,}", ",", StringComparison.Ordinal);
        text = DegreeMark().Replace(text, string.Empty);
        text = text.Replace("\\%", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal);
        text = text.Replace("\\$", string.Empty, StringComparison.Ordinal).Replace("$", string.Empty, StringComparison.Ordinal);
        text = UnwrapTextGroups(text);
        text = Whitespace().Replace(text, " ").Trim();
        text = text.TrimEnd('.', ' ');

        if (GroupedNumber().IsMatch(text))
        {
            text = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Unwraps text-style groups, dropping the ones that follow other content as units.</summary>
    private static string UnwrapTextGroups(string text)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var match = TextCommand().Match(text, position);
            if (!match.Success)
            {
                builder.Append(text, position, text.Length - position);
                break;
            }

            builder.Append(text, position, match.Index - position);
            var contentStart = match.Index + match.Length;
            var contentEnd = BraceMatcher.FindClosingBrace(text, contentStart - 1);
            if (contentEnd < 0)
            {
                // Unbalanced: keep the rest unchanged so the parser reports it as text.
                builder.Append(text, match.Index, text.Length - match.Index);
                break;
            }

            var content = text[contentStart..contentEnd];
            var isUnit = match.Groups[1].Value is "text" or "mbox" or "textrm" or "mathrm"
                && builder.ToString().Trim().Length > 0
                && content.Trim().Length > 0
                && char.IsAsciiLetter(content.Trim()[0])
                && EndsWithValue(builder.ToString());
            position = contentEnd + 1;
            if (isUnit)
            {
                var power = UnitPower().Match(text, position);
                if (power.Success && power.Index == position)
                {
                    position += power.Length;
                }

                continue;
            }

            builder.Append(content);
        }

        return builder.ToString();
    }

    private static bool EndsWithValue(string prefix)
    {
        var trimmed = prefix.TrimEnd();
        return trimmed.Length > 0 && (char.IsAsciiLetterOrDigit(trimmed[^1]) || trimmed[^1] is '}' or ')' or '.');
    }

    [GeneratedRegex(@"\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|big|Big|bigg|Bigg)(?![a-zA-Z])")]
    private static partial Regex SizeCommand();

    [GeneratedRegex(@"(?<!\\)\\[!,;:> ]|\\q?quad(?![a-zA-Z])|~")]
    private static partial Regex SpacingCommand();

    [GeneratedRegex(@"\^\s*\{?\s*\\circ\s*\}?|\\circ|\\degree|°")]
    private static partial Regex DegreeMark();

    [GeneratedRegex(@"\\(text|textbf|textit|textrm|mathrm|mathbf|mbox|operatorname)\s*\{")]
    private static partial Regex TextCommand();

    [GeneratedRegex(@"\G\s*\^\s*(?:\{\s*\d\s*\}|\d)")]
    private static partial Regex UnitPower();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^-?\d{1,3}(?:, ?\d{3})+(?:\.\d+)?$")]
    private static partial Regex GroupedNumber();
}
