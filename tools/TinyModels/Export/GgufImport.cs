using Monkeys.Llama.Gguf;
using Monkeys.TinyModels.Model;
using static TorchSharp.torch;

namespace Monkeys.TinyModels.Export;

/// <summary>
/// Reads the weights of a GGUF file written by <see cref="GgufExport"/> back into a trainable
/// <see cref="TinyLlama"/>, so a shipped model can be trained further without its checkpoint.
/// </summary>
public static class GgufImport
{
    /// <summary>
    /// Loads <paramref name="path"/> as a model of <paramref name="shape"/>; the file's tensors must have
    /// exactly that shape's names and sizes.
    /// </summary>
    public static TinyLlama Load(string path, ModelShape shape)
    {
        GgufReader reader = GgufReader.Open(path);
        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, dims) in TinyLlama.Layout(shape))
        {
            GgufTensor stored = reader.ReadTensor(name);

            // GGUF lists dimensions innermost first, so its row-major data equals PyTorch's [out, in] layout.
            long[] expected = dims.Reverse().ToArray();
            if (!stored.Shape.SequenceEqual(expected))
            {
                throw new InvalidDataException(
                    $"{path}: tensor '{name}' has GGUF shape [{string.Join(",", stored.Shape)}], but {shape.Name} needs [{string.Join(",", expected)}]; " +
                    "start from a GGUF of the same model size.");
            }

            weights[name] = nn.Parameter(tensor(stored.Data, dims), requires_grad: true);
        }

        return TinyLlama.FromWeights(shape, weights);
    }
}
