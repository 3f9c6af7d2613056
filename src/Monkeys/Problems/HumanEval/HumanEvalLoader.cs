using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Monkeys.Common;
using Monkeys.Verification.Code;

namespace Monkeys.Problems.HumanEval;

/// <summary>
/// Loads HumanEval problems from <c>HumanEval.jsonl</c> or <c>HumanEval.jsonl.gz</c>: one object per
/// line with string fields <c>task_id</c>, <c>prompt</c>, <c>entry_point</c>,
/// <c>canonical_solution</c> and <c>test</c>.
/// </summary>
/// <remarks>
/// The problem id is <c>humaneval/</c> plus the number of <c>task_id</c> (<c>HumanEval/0</c> becomes
/// <c>humaneval/0</c>). The question is the prompt, the reference answer is the canonical solution
/// (a function body that completes the prompt), and the metadata holds the keys
/// <see cref="HumanEvalVerifier"/> reads: prompt, test and entry point.
/// </remarks>
public static class HumanEvalLoader
{
    /// <summary>Sentence appended to every format error: what a valid line looks like.</summary>
    public const string ExpectedLine =
        "Each line must be a JSON object with string fields 'task_id', 'prompt', 'entry_point', 'canonical_solution' and 'test'.";

    /// <summary>Reads all problems of <paramref name="path"/>; a <c>.gz</c> file is decompressed while reading.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InputFormatException">A line is malformed; the message names the file and line.</exception>
    public static IReadOnlyList<Problem> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"HumanEval file '{path}' was not found. Check the path.", path);
        }

        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var problems = new List<Problem>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            problems.Add(ToProblem(new JsonlRecord(path, lineNumber, ParseObject(line, path, lineNumber))));
        }

        return problems;
    }

    private static JsonObject ParseObject(string line, string path, int lineNumber)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject
                ?? throw new InputFormatException(path, lineNumber, "The line is not a JSON object.", ExpectedLine);
        }
        catch (JsonException error)
        {
            throw new InputFormatException(path, lineNumber, "The line is not valid JSON.", ExpectedLine, error);
        }
    }

    private static Problem ToProblem(JsonlRecord record)
    {
        var fix = $"HumanEval line {record.LineNumber} cannot be loaded. {ExpectedLine}";
        var taskId = record.GetRequiredString("task_id", fix);
        var prompt = record.GetRequiredString("prompt", fix);
        var entryPoint = record.GetRequiredString("entry_point", fix);
        var solution = record.GetRequiredString("canonical_solution", fix);
        var test = record.GetRequiredString("test", fix);

        var slash = taskId.LastIndexOf('/');
        var id = "humaneval/" + (slash < 0 ? taskId : taskId[(slash + 1)..]);
        var metadata = new Dictionary<string, string>
        {
            [HumanEvalVerifier.PromptKey] = prompt,
            [HumanEvalVerifier.TestKey] = test,
            [HumanEvalVerifier.EntryPointKey] = entryPoint,
        };
        return new Problem(id, prompt, solution, metadata);
    }
}
