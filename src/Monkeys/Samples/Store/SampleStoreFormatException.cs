namespace Monkeys.Samples.Store;

/// <summary>
/// A stored file is malformed: invalid JSON, a missing or invalid field, an unsupported format version,
/// or a duplicate sample. The message names the file, the line and the fix.
/// </summary>
public sealed class SampleStoreFormatException : SampleStoreException
{
    /// <summary>Creates the exception for one line of a file.</summary>
    /// <param name="path">File that contains the problem.</param>
    /// <param name="lineNumber">One-based line number, or 0 when the problem concerns the whole file.</param>
    /// <param name="problem">What is wrong with the line, as a sentence fragment without a trailing period.</param>
    /// <param name="innerException">The parser's error, when there is one.</param>
    /// <param name="fix">What the user should do, as a sentence; null for the default advice to fix the line or start a new run.</param>
    public SampleStoreFormatException(string path, int lineNumber, string problem, Exception? innerException = null, string? fix = null)
        : base(BuildMessage(path, lineNumber, problem, fix), innerException ?? new FormatException(problem))
    {
        Path = path;
        LineNumber = lineNumber;
    }

    /// <summary>File that contains the problem.</summary>
    public string Path { get; }

    /// <summary>One-based line number, or 0 when the problem concerns the whole file.</summary>
    public int LineNumber { get; }

    private static string BuildMessage(string path, int lineNumber, string problem, string? fix)
    {
        string location = lineNumber > 0 ? $"{path}, line {lineNumber}" : path;
        fix ??= "Fix or remove that line, or start a new run in another output folder.";
        return $"{location}: {problem}. {fix}";
    }
}
