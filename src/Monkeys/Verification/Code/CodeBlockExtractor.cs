using System.Text.RegularExpressions;

namespace Monkeys.Verification.Code;

/// <summary>
/// Finds the program in a completion: the first fenced block (<c>```</c> or <c>~~~</c>, language
/// tag optional; an unclosed fence runs to the end of the text), otherwise the whole text when it
/// looks like Python (a line starts with <c>def</c>, <c>class</c>, <c>import</c>, <c>from</c>,
/// <c>return</c>, <c>print(</c>, <c>for</c>, <c>while</c> or <c>if</c>, or the text starts indented
/// as a function body does).
/// </summary>
public static partial class CodeBlockExtractor
{
    /// <summary>Returns the code, or null when the completion contains none.</summary>
    public static string? Extract(string completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var fence = OpeningFence().Match(completion);
        if (fence.Success)
        {
            var bodyStart = fence.Index + fence.Length;
            var closing = completion.IndexOf("\n" + fence.Groups[1].Value, bodyStart - 1, StringComparison.Ordinal);
            var body = closing < 0 ? completion[bodyStart..] : completion[bodyStart..(closing + 1)];
            return body.Trim().Length == 0 ? null : body;
        }

        if (completion.Trim().Length == 0)
        {
            return null;
        }

        return PythonLine().IsMatch(completion) || completion.StartsWith("    ", StringComparison.Ordinal) || completion.StartsWith('\t')
            ? completion
            : null;
    }

    [GeneratedRegex(@"(?m)^[ \t]*(```|~~~)[^\n]*\n")]
    private static partial Regex OpeningFence();

    [GeneratedRegex(@"(?m)^[ \t]*(def |class |import |from |return\b|print\(|for |while |if )")]
    private static partial Regex PythonLine();
}
