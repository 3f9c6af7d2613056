using System.Text.RegularExpressions;

namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Reads the structure of a normalised answer, in this order: a <c>v \in</c> prefix is dropped;
/// a matrix environment; a union (<c>\cup</c>) of parts; a <c>\{…\}</c> set; a bracketed list with
/// a top-level comma (tuple or interval); a bare comma list (a set); a top-level <c>\pm</c> (the set
/// of both signs); an equation with one <c>=</c>; otherwise one scalar.
/// </summary>
internal static partial class MathAnswerParser
{
    /// <summary>Longest normalised answer that is parsed; longer ones compare as text.</summary>
    public const int MaxParsedLength = 1000;

    /// <summary>Parses a normalised answer.</summary>
    public static MathAnswer Parse(string text) => Parse(text, depth: 0);

    private static MathAnswer Parse(string text, int depth)
    {
        text = text.Trim();
        if (text.Length > MaxParsedLength || depth > 8)
        {
            return new ScalarAnswer(text, null);
        }

        text = MembershipPrefix().Replace(text, string.Empty);

        var matrix = MatrixEnvironment().Match(text);
        if (matrix.Success)
        {
            var rows = matrix.Groups[2].Value
                .Split("\\\\", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(row => (IReadOnlyList<MathAnswer>)row.Split('&').Select(cell => Parse(cell, depth + 1)).ToList())
                .ToList();
            return new MatrixAnswer(rows);
        }

        var unionParts = SplitTopLevel(text, "\\cup");
        if (unionParts.Count > 1)
        {
            return new SetAnswer(unionParts.Select(part => Parse(part, depth + 1)).ToList());
        }

        if (text.StartsWith("\\{", StringComparison.Ordinal) && text.EndsWith("\\}", StringComparison.Ordinal)
            && ClosingIndex(text, 0) == text.Length - 2)
        {
            var inner = text[2..^2];
            var items = inner.Trim().Length == 0 ? new List<string>() : SplitTopLevel(inner, ",");
            return new SetAnswer(items.SelectMany(item => ExpandPlusMinus(item)).Select(item => Parse(item, depth + 1)).ToList());
        }

        if (text.Length >= 2 && text[0] is '(' or '[' && text[^1] is ')' or ']' && ClosingIndex(text, 0) == text.Length - 1)
        {
            var items = SplitTopLevel(text[1..^1], ",");
            if (items.Count > 1)
            {
                return new SequenceAnswer(text[0], text[^1], items.Select(item => Parse(item, depth + 1)).ToList());
            }
        }

        var commaItems = SplitTopLevel(text, ",");
        if (commaItems.Count > 1)
        {
            return new SetAnswer(commaItems.SelectMany(item => ExpandPlusMinus(item)).Select(item => Parse(item, depth + 1)).ToList());
        }

        var signs = ExpandPlusMinus(text);
        if (signs.Count > 1)
        {
            return new SetAnswer(signs.Select(item => Parse(item, depth + 1)).ToList());
        }

        var sides = SplitTopLevel(text, "=");
        if (sides.Count == 2)
        {
            return new EquationAnswer(ParseScalar(sides[0]), ParseScalar(sides[1]));
        }

        return ParseScalar(text);
    }

    /// <summary>Parses one scalar; text that is not an expression is kept as text.</summary>
    public static ScalarAnswer ParseScalar(string text)
    {
        text = text.Trim();
        return LatexExpressionParser.TryParse(text, out var node) ? new ScalarAnswer(text, node) : new ScalarAnswer(text, null);
    }

    /// <summary>Expands the first top-level <c>\pm</c> into the <c>+</c> and <c>-</c> variants.</summary>
    private static List<string> ExpandPlusMinus(string text)
    {
        var parts = SplitTopLevel(text, "\\pm");
        if (parts.Count != 2)
        {
            return new List<string> { text };
        }

        return new List<string> { parts[0] + "+" + parts[1], parts[0] + "-" + parts[1] };
    }

    /// <summary>Splits on <paramref name="separator"/> outside any brackets, braces or environments.</summary>
    public static List<string> SplitTopLevel(string text, string separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '}')
            {
                depth += text[i + 1] == '{' ? 1 : -1;
                i++;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0
                && !(separator[0] == '\\' && i + separator.Length < text.Length && char.IsAsciiLetter(text[i + separator.Length])))
            {
                parts.Add(text[start..i]);
                start = i + separator.Length;
                i += separator.Length - 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>Returns the index where the bracket opened at <paramref name="openIndex"/> closes (any bracket kind), or -1.</summary>
    private static int ClosingIndex(string text, int openIndex)
    {
        var depth = 0;
        for (var i = openIndex; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '}')
            {
                depth += text[i + 1] == '{' ? 1 : -1;
                if (depth == 0)
                {
                    return i;
                }

                i++;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^[a-zA-Z]\s*\\in\s*")]
    private static partial Regex MembershipPrefix();

    [GeneratedRegex(@"^\\begin\{([pbvBV]?matrix)\}(.*)\\end\{\1\}$", RegexOptions.Singleline)]
    private static partial Regex MatrixEnvironment();
}
