using Monkeys.Llama.Gguf;

namespace Monkeys.Bench.Sampler;

/// <summary>The two random-weight model shapes the sampler benchmark writes.</summary>
internal static class BenchModels
{
    /// <summary>Width 64, 2 blocks: 0.13 M parameters with the 259-token byte vocabulary.</summary>
    public static LlamaConfig Small { get; } = new(512, 64, 2, 160, 4, 4, Name: "bench-0.13M");

    /// <summary>Width 256, 4 blocks: 3.35 M parameters.</summary>
    public static LlamaConfig Large { get; } = new(512, 256, 4, 704, 8, 8, Name: "bench-3.3M");

    /// <summary>
    /// Writes a random model whose output rows are zero except for printable ASCII, which are scaled ×4. At temperature
    /// 0.6 the end-of-sequence token (logit 0) is then rarely drawn, so samples run their full token budget as in
    /// llama.cpp's batched benchmark.
    /// </summary>
    public static string Write(string directory, LlamaConfig config)
    {
        var tensors = RandomLlamaModel.CreateTensors(config, seed: 1).ToList();
        int index = tensors.FindIndex(t => t.Name == LlamaTensorNames.Output);
        var data = (float[])tensors[index].Data.Clone();
        int width = config.EmbeddingLength;
        for (int token = 0; token < 259; token++)
        {
            bool printable = token is >= 0x20 and <= 0x7E;
            for (int j = 0; j < width; j++)
            {
                data[token * width + j] = printable ? data[token * width + j] * 4 : 0;
            }
        }

        tensors[index] = tensors[index] with { Data = data };
        string path = Path.Combine(directory, config.Name + ".gguf");
        LlamaGgufWriter.Write(path, config, tensors);
        return path;
    }
}
