namespace Monkeys.Verification.MathAnswers;

/// <summary>Splits a normalised LaTeX expression into tokens; whitespace only separates tokens.</summary>
internal static class LatexTokenizer
{
    /// <summary>Tokenises <paramref name="text"/>; returns false on a character the parser cannot use.</summary>
    public static bool TryTokenize(string text, out List<LatexToken> tokens)
    {
        tokens = new List<LatexToken>();
        var position = 0;
        while (position < text.Length)
        {
            var c = text[position];
            if (char.IsWhiteSpace(c))
            {
                position++;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1])))
            {
                var start = position;
                var seenDot = false;
                while (position < text.Length && (char.IsAsciiDigit(text[position]) || (text[position] == '.' && !seenDot)))
                {
                    seenDot |= text[position] == '.';
                    position++;
                }

                tokens.Add(new LatexToken(LatexTokenKind.Number, text[start..position].TrimEnd('.')));
                continue;
            }

            if (char.IsAsciiLetter(c))
            {
                tokens.Add(new LatexToken(LatexTokenKind.Letter, c.ToString()));
                position++;
                continue;
            }

            if (c == '\\')
            {
                var start = ++position;
                while (position < text.Length && char.IsAsciiLetter(text[position]))
                {
                    position++;
                }

                if (position == start)
                {
                    // A backslash before a symbol escapes it (\{ \} \|).
                    if (position >= text.Length)
                    {
                        return false;
                    }

                    tokens.Add(new LatexToken(LatexTokenKind.Symbol, text[position].ToString()));
                    position++;
                    continue;
                }

                tokens.Add(new LatexToken(LatexTokenKind.Command, text[start..position]));
                continue;
            }

            if ("+-*/^_()[]{}!|=<>,:'".Contains(c))
            {
                tokens.Add(new LatexToken(LatexTokenKind.Symbol, c.ToString()));
                position++;
                continue;
            }

            return false;
        }

        return true;
    }
}
