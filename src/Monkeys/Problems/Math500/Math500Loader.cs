using Monkeys.Common;

namespace Monkeys.Problems.Math500;

/// <summary>
/// Loads MATH problems (the MATH500 subset or the full MATH test set) from JSON Lines: one object per
/// line with string fields <c>problem</c>, <c>solution</c> and <c>answer</c>, and optional
/// <c>subject</c>, <c>level</c> and <c>unique_id</c>.
/// </summary>
/// <remarks>
/// The problem id is <c>math/</c> followed by <c>unique_id</c> without its <c>.json</c> ending (for
/// example <c>math/test/precalculus/807</c>), or <c>math/&lt;file stem&gt;/&lt;line index&gt;</c> when
/// the line has no <c>unique_id</c>. The reference answer is the <c>answer</c> field; metadata holds
/// <c>solution</c>, <c>subject</c> and <c>level</c> when present.
/// </remarks>
public static class Math500Loader
{
    /// <summary>Sentence appended to every format error: what a valid line looks like.</summary>
    public const string ExpectedLine =
        "Each line must be a JSON object with string fields 'problem', 'solution' and 'answer' (optional: 'subject', 'level', 'unique_id').";

    /// <summary>Streams the problems of <paramref name="path"/>, reading the file lazily.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InputFormatException">A line is malformed; the message names the file and line.</exception>
    public static IEnumerable<Problem> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stem = Path.GetFileNameWithoutExtension(path);
        return JsonlReader.Read(path, ExpectedLine).Select(record => ToProblem(record, stem));
    }

    private static Problem ToProblem(JsonlRecord record, string stem)
    {
        var uniqueId = record.Fields["unique_id"]?.GetValue<string>();
        var id = uniqueId is { Length: > 0 }
            ? "math/" + (uniqueId.EndsWith(".json", StringComparison.Ordinal) ? uniqueId[..^5] : uniqueId)
            : $"math/{stem}/{record.LineNumber - 1}";
        var fix = $"Problem '{id}' cannot be loaded. {ExpectedLine}";
        var question = record.GetRequiredString("problem", fix);
        var solution = record.GetRequiredString("solution", fix);
        var answer = record.GetRequiredString("answer", fix);

        var metadata = new Dictionary<string, string> { ["solution"] = solution };
        if (record.Fields["subject"] is { } subject)
        {
            metadata["subject"] = subject.ToString();
        }

        if (record.Fields["level"] is { } level)
        {
            metadata["level"] = level.ToString();
        }

        return new Problem(id, question, answer, metadata);
    }
}
