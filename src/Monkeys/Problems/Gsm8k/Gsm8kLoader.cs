using Monkeys.Common;

namespace Monkeys.Problems.Gsm8k;

/// <summary>
/// Loads GSM8K problems from the dataset's JSON Lines files: one object per line with string fields
/// <c>question</c> and <c>answer</c>, the answer being a worked solution whose last line is <c>#### N</c>.
/// </summary>
/// <remarks>
/// Problem ids are <c>gsm8k/&lt;file name without extension&gt;/&lt;index&gt;</c>, where the index is the
/// 0-based line index in the file (line number − 1), so in the unmodified test file <c>gsm8k/test/1042</c>
/// is the dataset's test problem 1042. The reference answer is the text after the last <c>####</c> on
/// that line, trimmed (for example <c>2,125</c>); metadata <c>solution</c> holds the whole answer text.
/// </remarks>
public static class Gsm8kLoader
{
    /// <summary>Sentence appended to every format error: what a valid line looks like.</summary>
    public const string ExpectedLine =
        "Each line must be a JSON object with string fields 'question' and 'answer', and the answer must end with a line '#### <number>'.";

    private const string AnswerMarker = "####";

    /// <summary>Streams the problems of <paramref name="path"/>; the file is read lazily as the result is enumerated.</summary>
    /// <param name="path">GSM8K JSON Lines file.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InputFormatException">A line is malformed; the message names the file, the line, the problem id and the fix.</exception>
    public static IEnumerable<Problem> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);

        string stem = Path.GetFileNameWithoutExtension(path);
        return JsonlReader.Read(path, ExpectedLine).Select(record => ToProblem(record, stem));
    }

    private static Problem ToProblem(JsonlRecord record, string stem)
    {
        string id = $"gsm8k/{stem}/{record.LineNumber - 1}";
        string fix = $"Problem '{id}' cannot be loaded. {ExpectedLine}";
        string question = record.GetRequiredString("question", fix);
        string solution = record.GetRequiredString("answer", fix);

        int marker = solution.LastIndexOf(AnswerMarker, StringComparison.Ordinal);
        string reference = marker < 0 ? string.Empty : solution[(marker + AnswerMarker.Length)..].Trim();
        if (reference.Length == 0)
        {
            string problem = marker < 0 ? "Field 'answer' has no '####' line." : "Field 'answer' has nothing after its last '####'.";
            throw new InputFormatException(record.FilePath, record.LineNumber, problem, fix);
        }

        var metadata = new Dictionary<string, string> { ["solution"] = solution };
        return new Problem(id, question, reference, metadata);
    }
}
