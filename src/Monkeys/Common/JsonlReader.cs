using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monkeys.Common;

/// <summary>
/// Streams a JSON Lines file (one JSON object per line) without loading the whole file, and reports
/// the file and line of any malformed line.
/// </summary>
/// <remarks>
/// Lines that are empty or hold only whitespace are skipped. Every other line must be one JSON object;
/// anything else (a truncated object, an array, trailing text) throws <see cref="InputFormatException"/>.
/// A UTF-8 byte order mark at the start of the file is ignored.
/// </remarks>
public static class JsonlReader
{
    /// <summary>Reads the objects of <paramref name="path"/> lazily, one per non-blank line.</summary>
    /// <param name="path">File to read.</param>
    /// <param name="expectedShape">Sentence describing a valid line, appended to every format error as the fix.</param>
    /// <exception cref="FileNotFoundException">The file does not exist (thrown on the first enumeration).</exception>
    /// <exception cref="InputFormatException">A line is not a JSON object.</exception>
    public static IEnumerable<JsonlRecord> Read(string path, string expectedShape)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(expectedShape);

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"JSON Lines file '{path}' was not found. Check the path.", path);
        }

        return ReadExisting(path, expectedShape);
    }

    private static IEnumerable<JsonlRecord> ReadExisting(string path, string expectedShape)
    {
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return new JsonlRecord(path, lineNumber, ParseObject(line, path, lineNumber, expectedShape));
        }
    }

    private static JsonObject ParseObject(string line, string path, int lineNumber, string expectedShape)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException error)
        {
            throw new InputFormatException(path, lineNumber, $"The line is not valid JSON ({FirstSentence(error.Message)}).", expectedShape, error);
        }

        return node as JsonObject
            ?? throw new InputFormatException(path, lineNumber, $"The line is a JSON {node?.GetValueKind().ToString() ?? "null"}, not an object.", expectedShape);
    }

    // System.Text.Json messages continue with path and position details after the first sentence.
    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
