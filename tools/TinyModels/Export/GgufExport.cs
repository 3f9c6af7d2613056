using System.Globalization;
using Monkeys.Llama.Gguf;
using Monkeys.TinyModels.Model;

namespace Monkeys.TinyModels.Export;

/// <summary>Writes a trained <see cref="TinyLlama"/> as an F32 GGUF file with the project's writer.</summary>
public static class GgufExport
{
    /// <summary>
    /// Writes <paramref name="model"/> to <paramref name="path"/>; <paramref name="facts"/> go into
    /// <c>general.description</c> so the file names its training run.
    /// </summary>
    public static void Write(string path, TinyLlama model, IReadOnlyDictionary<string, string> facts)
    {
        ModelShape shape = model.Shape;
        var config = new LlamaConfig(
            shape.ContextLength,
            shape.EmbeddingLength,
            shape.BlockCount,
            shape.FeedForwardLength,
            shape.HeadCount,
            shape.HeadCount,
            ModelShape.RmsNormEpsilon,
            ModelShape.RopeFreqBase,
            shape.Name);

        // PyTorch stores [out, in] row-major; GGUF lists dimensions innermost first, so the shape reverses.
        var tensors = TinyLlama.Layout(shape).Select(entry =>
        {
            float[] data = model.Weights[entry.Name].detach().contiguous().data<float>().ToArray();
            return new GgufTensor(entry.Name, entry.Shape.Reverse().ToArray(), data);
        });

        string description = string.Join(
            "; ", facts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key}={f.Value}")));
        var metadata = new Dictionary<string, object> { ["general.description"] = "Monkeys tiny model. " + description };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        LlamaGgufWriter.Write(path, config, tensors, metadata);
    }
}
