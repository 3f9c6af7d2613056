namespace Monkeys.Common;

/// <summary>
/// An input file the toolkit reads (a problem set, a sample file) is malformed at a known place.
/// </summary>
/// <remarks>
/// The message is one line that names the file, the 1-based line number, the problem and the fix, for
/// example <c>data/test.jsonl, line 12: field 'answer' is missing. Each line must be …</c>, so a command
/// line tool can print it as is.
/// </remarks>
public sealed class InputFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="filePath"/> at <paramref name="lineNumber"/>.</summary>
    /// <param name="filePath">File that failed to read, as the caller named it.</param>
    /// <param name="lineNumber">1-based line number of the fault.</param>
    /// <param name="problem">What is wrong at that line, as a sentence.</param>
    /// <param name="fix">What the user should do about it, as a sentence.</param>
    /// <param name="innerException">The parser error behind the fault, if any.</param>
    public InputFormatException(string filePath, int lineNumber, string problem, string fix, Exception? innerException = null)
        : base($"{filePath}, line {lineNumber}: {problem} {fix}", innerException)
    {
        FilePath = filePath;
        LineNumber = lineNumber;
    }

    /// <summary>File that failed to read.</summary>
    public string FilePath { get; }

    /// <summary>1-based line number of the fault.</summary>
    public int LineNumber { get; }
}
