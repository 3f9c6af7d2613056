namespace Monkeys.Llama;

/// <summary>
/// Thrown when a model file cannot be loaded. The message names the file, the reason (llama.cpp's logged error when
/// llama.cpp rejected it) and what to do.
/// </summary>
public sealed class ModelLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="modelPath">The model file.</param>
    /// <param name="message">Full message, including the path and the reason.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ModelLoadException(string modelPath, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ModelPath = modelPath;
    }

    /// <summary>The model file that failed to load.</summary>
    public string ModelPath { get; }
}
