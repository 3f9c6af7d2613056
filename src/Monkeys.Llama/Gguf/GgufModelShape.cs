using Monkeys.Analysis.Compute;

namespace Monkeys.Llama.Gguf;

/// <summary>Reads the size figures of the inference FLOPs formula from a GGUF file's header.</summary>
public static class GgufModelShape
{
    /// <summary>
    /// Reads the parameter count (the sum of all tensor element counts), the block count and the
    /// embedding length (<c>{architecture}.block_count</c> and <c>{architecture}.embedding_length</c>).
    /// </summary>
    /// <param name="path">Path of a GGUF file; only the header is read.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="GgufFormatException">The file is not valid GGUF or lacks one of the keys.</exception>
    public static ModelShape Read(string path)
    {
        GgufReader reader = GgufReader.Open(path);
        return FromReader(reader);
    }

    /// <summary>Builds the shape from an opened reader.</summary>
    /// <param name="reader">Reader of a GGUF file.</param>
    /// <exception cref="GgufFormatException">The file lacks <c>general.architecture</c>, the block count or the embedding length.</exception>
    public static ModelShape FromReader(GgufReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);

        string architecture = reader.Get<string>("general.architecture");
        return new ModelShape(
            reader.ParameterCount,
            reader.Get<int>($"{architecture}.block_count"),
            reader.Get<int>($"{architecture}.embedding_length"));
    }
}
