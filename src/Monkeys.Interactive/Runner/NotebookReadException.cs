namespace Monkeys.Interactive.Runner;

/// <summary>Thrown when a notebook file is missing, unreadable or not a valid notebook.</summary>
public sealed class NotebookReadException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/> with the reason it could not be read.</summary>
    public NotebookReadException(string path, string reason, Exception? inner = null)
        : base($"Cannot read notebook {path}: {reason}", inner)
    {
        NotebookPath = path;
        Reason = reason;
    }

    /// <summary>Path of the notebook that could not be read.</summary>
    public string NotebookPath { get; }

    /// <summary>Why the notebook could not be read.</summary>
    public string Reason { get; }
}
