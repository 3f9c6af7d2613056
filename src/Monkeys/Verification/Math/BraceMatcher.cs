namespace Monkeys.Verification.MathAnswers;

/// <summary>Finds matching braces in LaTeX text, skipping escaped braces (<c>\{</c>, <c>\}</c>).</summary>
internal static class BraceMatcher
{
    /// <summary>Returns the index of the brace closing the one at <paramref name="openIndex"/>, or -1 when unbalanced.</summary>
    public static int FindClosingBrace(string text, int openIndex)
    {
        var depth = 0;
        for (var i = openIndex; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }

            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}')
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
}
