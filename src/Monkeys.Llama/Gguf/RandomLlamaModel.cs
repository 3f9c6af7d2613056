using Monkeys.Llama.Tokenization;

namespace Monkeys.Llama.Gguf;

/// <summary>
/// Writes llama models with random weights, for tests and benchmarks that need a real GGUF file but no trained model.
/// </summary>
public static class RandomLlamaModel
{
    /// <summary>
    /// Creates the tensors of a random model: matrices uniform in ±1/√(fan-in)·<paramref name="scale"/>, norm
    /// weights uniform in [0.5, 1.5], all from <paramref name="seed"/> (same seed, same weights).
    /// </summary>
    /// <param name="config">Hyper-parameters.</param>
    /// <param name="seed">Seed of the generator.</param>
    /// <param name="scale">Multiplier of the matrix weight range; larger values give sharper next-token distributions.</param>
    public static IReadOnlyList<GgufTensor> CreateTensors(LlamaConfig config, int seed, double scale = 1.0)
    {
        config.Validate();
        var random = new Random(seed);
        var tensors = new List<GgufTensor>();
        foreach (var (name, shape) in LlamaTensorNames.Expected(config, ByteTokenizer.VocabSize))
        {
            long count = shape.Aggregate(1L, (product, dimension) => product * dimension);
            var data = new float[count];
            if (shape.Length == 1)
            {
                for (long i = 0; i < count; i++)
                {
                    data[i] = (float)(0.5 + random.NextDouble());
                }
            }
            else
            {
                // The embedding is indexed by token, so its "fan-in" is one row; scale it like the other weights.
                double bound = scale / Math.Sqrt(shape[0]) * (name == LlamaTensorNames.TokenEmbedding ? Math.Sqrt(shape[0]) : 1.0);
                for (long i = 0; i < count; i++)
                {
                    data[i] = (float)((random.NextDouble() * 2 - 1) * bound);
                }
            }

            tensors.Add(new GgufTensor(name, shape, data));
        }

        return tensors;
    }

    /// <summary>
    /// Writes a random model with F32 weights to <paramref name="path"/>; see <see cref="CreateTensors"/>.
    /// </summary>
    /// <param name="path">Output file; replaced if it exists.</param>
    /// <param name="config">Hyper-parameters.</param>
    /// <param name="seed">Seed of the generator.</param>
    public static void Write(string path, LlamaConfig config, int seed) => Write(path, config, seed, 1.0);

    /// <summary>
    /// Writes a random model with F32 weights and matrix weight range scaled by <paramref name="scale"/>.
    /// </summary>
    /// <param name="path">Output file; replaced if it exists.</param>
    /// <param name="config">Hyper-parameters.</param>
    /// <param name="seed">Seed of the generator.</param>
    /// <param name="scale">Multiplier of the matrix weight range.</param>
    public static void Write(string path, LlamaConfig config, int seed, double scale)
    {
        var extra = new Dictionary<string, object> { ["general.description"] = $"random weights, seed {seed}, scale {scale}" };
        LlamaGgufWriter.Write(path, config, CreateTensors(config, seed, scale), extra);
    }
}
