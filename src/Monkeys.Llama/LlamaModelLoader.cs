using LLama;
using LLama.Common;
using LLama.Exceptions;
using Monkeys.Llama.Gguf;

namespace Monkeys.Llama;

/// <summary>
/// Loads GGUF weights through LLamaSharp, checking the file first and turning llama.cpp's logged reason into a
/// <see cref="ModelLoadException"/>.
/// </summary>
internal static class LlamaModelLoader
{
    /// <summary>Loads the weights of <paramref name="parameters"/>.<c>ModelPath</c>.</summary>
    /// <exception cref="ModelLoadException">The file is missing, is not valid GGUF, or llama.cpp rejected it.</exception>
    public static LLamaWeights Load(ModelParams parameters)
    {
        string path = parameters.ModelPath;
        CheckFile(path);

        try
        {
            return NativeLog.Capture(() => LLamaWeights.LoadFromFile(parameters)).Result;
        }
        catch (NativeLogCapturedException e) when (e.InnerException is LoadWeightsFailedException)
        {
            throw new ModelLoadException(
                path,
                $"llama.cpp could not load model '{path}': {Reason(e.Lines)}. Check that the file is a complete GGUF model of an architecture this llama.cpp build supports (LLamaSharp 0.30.0), or export it again.",
                e.InnerException);
        }
    }

    /// <summary>Runs <paramref name="create"/> (context creation) and reports llama.cpp's reason if it fails.</summary>
    public static T CreateContext<T>(string path, Func<T> create)
    {
        try
        {
            return NativeLog.Capture(create).Result;
        }
        catch (NativeLogCapturedException e)
        {
            throw new ModelLoadException(
                path,
                $"llama.cpp could not create a context for model '{path}': {Reason(e.Lines)}. Lower BatchSize or ContextSize, or free memory.",
                e.InnerException);
        }
    }

    private static void CheckFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException(
                path,
                $"Model file '{path}' was not found; pass the path of an existing GGUF file.",
                new FileNotFoundException(null, path));
        }

        try
        {
            GgufReader.Open(path);
        }
        catch (GgufFormatException e)
        {
            throw new ModelLoadException(path, $"Model file '{path}' is not a valid GGUF file: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ModelLoadException(path, $"Model file '{path}' could not be read: {e.Message}", e);
        }
    }

    /// <summary>Picks the error lines from llama.cpp's log, or the last lines when none is marked as an error.</summary>
    private static string Reason(IReadOnlyList<string> lines)
    {
        var errors = lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        if (errors.Count == 0)
        {
            errors = lines.TakeLast(3).Select(l => l.Trim()).ToList();
        }

        return errors.Count == 0 ? "no reason was logged" : string.Join(" | ", errors);
    }
}
