using System.Text.RegularExpressions;

namespace Monkeys.Verification.MathAnswers;

/// <summary>
/// Finds the final answer in a MATH-style completion. Rules, first match wins:
/// (1) the last <c>\boxed</c> or <c>\fbox</c> in the text, so when a sample boxes two different
/// answers the later one counts (a corrected answer comes last); its argument is the balanced
/// <c>{…}</c> group, or for the unbraced form <c>\boxed 5</c> the text up to the next <c>$</c>,
/// line break or end; (2) Minerva's sentence "Final Answer: The final answer is X. I hope it is
/// correct." (the last one); (3) the text after the last "answer is" up to the next sentence end.
/// A last box with unbalanced braces yields no answer with a reason; earlier boxes are not used
/// instead, because the sample's final statement is unreadable.
/// </summary>
public static partial class MathAnswerExtractor
{
    /// <summary>Extracts the final answer from <paramref name="completion"/>.</summary>
    public static MathAnswerExtraction Extract(string completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.Trim().Length == 0)
        {
            return new MathAnswerExtraction(null, MathExtractionRule.None, "The completion is empty.");
        }

        var boxed = ExtractLastBox(completion);
        if (boxed is not null)
        {
            return boxed;
        }

        var finalAnswers = FinalAnswerSentence().Matches(completion);
        if (finalAnswers.Count > 0)
        {
            var answer = StripDollars(finalAnswers[^1].Groups[1].Value);
            return new MathAnswerExtraction(answer, MathExtractionRule.FinalAnswerSentence);
        }

        var phrases = AnswerIsPhrase().Matches(completion);
        if (phrases.Count > 0)
        {
            var answer = StripDollars(phrases[^1].Groups[1].Value);
            if (answer.Length > 0)
            {
                return new MathAnswerExtraction(answer, MathExtractionRule.AnswerIsPhrase);
            }
        }

        return new MathAnswerExtraction(null, MathExtractionRule.None, "No \\boxed answer, final-answer sentence or 'answer is' phrase found.");
    }

    private static MathAnswerExtraction? ExtractLastBox(string text)
    {
        var boxes = BoxCommand().Matches(text);
        if (boxes.Count == 0)
        {
            return null;
        }

        var last = boxes[^1];
        var position = last.Index + last.Length;
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        if (position < text.Length && text[position] == '{')
        {
            var close = BraceMatcher.FindClosingBrace(text, position);
            if (close < 0)
            {
                return new MathAnswerExtraction(null, MathExtractionRule.None, $"The last \\{last.Groups[1].Value} at offset {last.Index} has unbalanced braces.");
            }

            return new MathAnswerExtraction(text[(position + 1)..close].Trim(), MathExtractionRule.Boxed);
        }

        var end = position;
        while (end < text.Length && text[end] is not '$' and not '\n')
        {
            end++;
        }

        var answer = text[position..end].Trim().TrimEnd('.');
        return answer.Length == 0
            ? new MathAnswerExtraction(null, MathExtractionRule.None, $"The last \\{last.Groups[1].Value} at offset {last.Index} has no argument.")
            : new MathAnswerExtraction(answer, MathExtractionRule.Boxed);
    }

    private static string StripDollars(string text) => text.Trim().Trim('$').Trim().TrimEnd('.').Trim().Trim('$').Trim();

    [GeneratedRegex(@"\\(boxed|fbox)(?![a-zA-Z])")]
    private static partial Regex BoxCommand();

    [GeneratedRegex(@"[Ff]inal [Aa]nswer:?\s*The final answer is\s*(.+?)\.?\s*I hope it is correct", RegexOptions.Singleline)]
    private static partial Regex FinalAnswerSentence();

    [GeneratedRegex(@"answer is:?\s*(\$[^$]+\$|[^\n]+?)(?:\.\s|\.$|\n|$)")]
    private static partial Regex AnswerIsPhrase();
}
