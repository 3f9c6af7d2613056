using Monkeys.Llama.Gguf;

namespace Monkeys.Llama.Tests.Fixtures;

/// <summary>Shapes of the random models the tests write, and writers for them.</summary>
public static class FixtureModels
{
    /// <summary>Two blocks, width 32, grouped-query attention (4 heads, 2 key/value heads).</summary>
    public static LlamaConfig Tiny { get; } = new(
        ContextLength: 256,
        EmbeddingLength: 32,
        BlockCount: 2,
        FeedForwardLength: 64,
        HeadCount: 4,
        HeadCountKv: 2,
        Name: "fixture-tiny");

    /// <summary>
    /// Writes a random model whose output rows are zero except for printable ASCII, scaled by
    /// <paramref name="outputScale"/>; greedy text is then printable ASCII and never ends early.
    /// </summary>
    public static string WriteAsciiModel(TempDirectory dir, int seed = 11, float outputScale = 4f, string name = "ascii.gguf")
    {
        var config = Tiny;
        var tensors = RandomLlamaModel.CreateTensors(config, seed).ToList();
        int outputIndex = tensors.FindIndex(t => t.Name == LlamaTensorNames.Output);
        var output = tensors[outputIndex];
        var data = (float[])output.Data.Clone();
        int width = config.EmbeddingLength;
        for (int token = 0; token < 259; token++)
        {
            bool printable = token is >= 0x20 and <= 0x7E;
            for (int j = 0; j < width; j++)
            {
                data[token * width + j] = printable ? data[token * width + j] * outputScale : 0f;
            }
        }

        tensors[outputIndex] = output with { Data = data };
        string path = dir.File(name);
        LlamaGgufWriter.Write(path, config, tensors);
        return path;
    }

    /// <summary>
    /// Writes a random model whose final norm weight is zero, so every logit is exactly 0 and the next-token
    /// distribution is uniform over all 259 tokens at every position.
    /// </summary>
    public static string WriteUniformModel(TempDirectory dir, string name = "uniform.gguf")
    {
        var tensors = RandomLlamaModel.CreateTensors(Tiny, seed: 4).ToList();
        int index = tensors.FindIndex(t => t.Name == LlamaTensorNames.OutputNorm);
        tensors[index] = tensors[index] with { Data = new float[Tiny.EmbeddingLength] };
        string path = dir.File(name);
        LlamaGgufWriter.Write(path, Tiny, tensors);
        return path;
    }
}
