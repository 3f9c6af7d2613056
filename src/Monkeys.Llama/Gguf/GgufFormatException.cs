namespace Monkeys.Llama.Gguf;

/// <summary>
/// Thrown when a file is not a readable GGUF file; the message names the file, the byte offset or key and the problem.
/// </summary>
public sealed class GgufFormatException : Exception
{
    /// <summary>Creates the exception with a full message.</summary>
    public GgufFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a full message and the underlying error.</summary>
    public GgufFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
