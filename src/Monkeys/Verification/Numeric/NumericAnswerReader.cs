namespace Monkeys.Verification.Numeric;

/// <summary>Reads the final numeric answer of a completion under a <see cref="NumericAnswerFormat"/>.</summary>
internal static class NumericAnswerReader
{
    private const string AnswerMarker = "####";
    private const int QuoteLength = 60;

    public static NumericExtraction Read(string completion, NumericAnswerFormat format) => format switch
    {
        NumericAnswerFormat.Gsm8k => ReadAfterMarker(completion),
        NumericAnswerFormat.LastNumber => ReadLastNumber(completion),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, $"Numeric answer format {format} is invalid; use Gsm8k or LastNumber."),
    };

    /// <summary>Reads text that must contain exactly one number and nothing else numeric, such as a reference answer.</summary>
    public static NumericExtraction ReadSingle(string text)
    {
        var tokens = NumberScanner.Scan(text);
        if (tokens.Count == 0)
        {
            return NumericExtraction.Missing($"'{Quote(text)}' contains no number");
        }

        if (tokens.Count > 1)
        {
            return NumericExtraction.Missing($"'{Quote(text)}' contains {tokens.Count} numbers, not one");
        }

        return tokens[0].Value is Rational value
            ? NumericExtraction.Found(value)
            : NumericExtraction.Missing($"'{tokens[0].Text}' is not a valid number");
    }

    // The answer is the first non-empty line after the last ####, and that line must contain one number.
    private static NumericExtraction ReadAfterMarker(string completion)
    {
        int marker = completion.LastIndexOf(AnswerMarker, StringComparison.Ordinal);
        if (marker < 0)
        {
            return NumericExtraction.Missing("the completion has no #### answer line");
        }

        string rest = completion[(marker + AnswerMarker.Length)..].TrimStart();
        int lineEnd = rest.IndexOf('\n');
        string line = (lineEnd < 0 ? rest : rest[..lineEnd]).Trim();
        if (line.Length == 0)
        {
            return NumericExtraction.Missing("nothing follows the last ####");
        }

        var single = ReadSingle(line);
        return single.Value is null ? NumericExtraction.Missing($"after the last ####, {single.Problem}") : single;
    }

    private static NumericExtraction ReadLastNumber(string completion)
    {
        var tokens = NumberScanner.Scan(completion);
        if (tokens.Count == 0)
        {
            return NumericExtraction.Missing("the completion contains no number");
        }

        var last = tokens[^1];
        return last.Value is Rational value
            ? NumericExtraction.Found(value)
            : NumericExtraction.Missing($"the last number '{last.Text}' is not a valid number");
    }

    private static string Quote(string text) =>
        text.Length <= QuoteLength ? text : string.Concat(text.AsSpan(0, QuoteLength), "…");
}
