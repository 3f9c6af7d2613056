using Monkeys.Llama.Tokenization;

namespace Monkeys.Llama.Gguf;

/// <summary>
/// Writes a llama-architecture GGUF v3 model with the byte-level vocabulary of <see cref="ByteTokenizer"/>,
/// loadable by llama.cpp (tested with the build in LLamaSharp 0.30.0).
/// </summary>
/// <remarks>
/// Weights follow llama.cpp's llama forward pass: RMSNorm x·w/√(mean(x²)+ε), rotary embedding on adjacent pairs
/// (2i, 2i+1), SwiGLU down(silu(gate)·up). A PyTorch-style <c>[out, in]</c> weight is passed as is, with GGUF shape
/// <c>[in, out]</c>. The tokenizer is stored as GPT-2 style BPE with an empty merge list, so llama.cpp maps each
/// byte to its own token.
/// </remarks>
public static class LlamaGgufWriter
{
    /// <summary>
    /// Writes a model to <paramref name="path"/> with every tensor stored as F32.
    /// </summary>
    /// <param name="path">Output file; replaced if it exists.</param>
    /// <param name="config">Hyper-parameters.</param>
    /// <param name="tensors">Every tensor of <see cref="LlamaTensorNames.Expected"/>; <c>output.weight</c> may be left out (tied embedding).</param>
    /// <param name="extraMetadata">Further keys (for example <c>general.description</c>); must not repeat a key the writer sets.</param>
    /// <exception cref="ArgumentException">A tensor is missing, unknown, or has the wrong shape or element count.</exception>
    public static void Write(string path, LlamaConfig config, IEnumerable<GgufTensor> tensors, IReadOnlyDictionary<string, object>? extraMetadata = null)
        => Write(path, config, tensors, GgufTensorType.F32, extraMetadata);

    /// <summary>
    /// Writes a model to <paramref name="path"/>, storing matrices as <paramref name="matrixType"/>; one-dimensional
    /// norm weights stay F32.
    /// </summary>
    /// <param name="path">Output file; replaced if it exists.</param>
    /// <param name="config">Hyper-parameters.</param>
    /// <param name="tensors">Every tensor of <see cref="LlamaTensorNames.Expected"/>; <c>output.weight</c> may be left out (tied embedding).</param>
    /// <param name="matrixType">Storage type of two-dimensional tensors.</param>
    /// <param name="extraMetadata">Further keys; must not repeat a key the writer sets.</param>
    /// <exception cref="ArgumentException">A tensor is missing, unknown, or has the wrong shape or element count.</exception>
    public static void Write(
        string path,
        LlamaConfig config,
        IEnumerable<GgufTensor> tensors,
        GgufTensorType matrixType,
        IReadOnlyDictionary<string, object>? extraMetadata = null)
    {
        config.Validate();
        var ordered = OrderAndCheck(config, tensors.ToList());
        var metadata = BuildMetadata(config, extraMetadata);
        var typed = ordered.Select(t => (t, t.Shape.Length == 1 ? GgufTensorType.F32 : matrixType)).ToList();
        GgufWriter.Write(path, metadata, typed);
    }

    private static List<GgufTensor> OrderAndCheck(LlamaConfig config, List<GgufTensor> tensors)
    {
        var byName = new Dictionary<string, GgufTensor>();
        foreach (var tensor in tensors)
        {
            if (!byName.TryAdd(tensor.Name, tensor))
            {
                throw new ArgumentException($"Tensor '{tensor.Name}' is given more than once; pass each tensor once.", nameof(tensors));
            }
        }

        var expected = LlamaTensorNames.Expected(config, ByteTokenizer.VocabSize);
        var ordered = new List<GgufTensor>();
        foreach (var (name, shape) in expected)
        {
            if (!byName.Remove(name, out var tensor))
            {
                if (name == LlamaTensorNames.Output)
                {
                    continue;
                }

                throw new ArgumentException(
                    $"Tensor '{name}' is missing; a llama model with {config.BlockCount} blocks needs it with GGUF shape [{string.Join(", ", shape)}].",
                    nameof(tensors));
            }

            if (!tensor.Shape.SequenceEqual(shape))
            {
                throw new ArgumentException(
                    $"Tensor '{name}' has GGUF shape [{string.Join(", ", tensor.Shape)}] but the configuration needs [{string.Join(", ", shape)}] (innermost dimension first; a PyTorch [out, in] weight has GGUF shape [in, out]).",
                    nameof(tensors));
            }

            if (tensor.Data.LongLength != tensor.ElementCount)
            {
                throw new ArgumentException(
                    $"Tensor '{name}' has {tensor.Data.LongLength} elements but its shape needs {tensor.ElementCount}.", nameof(tensors));
            }

            ordered.Add(tensor);
        }

        if (byName.Count > 0)
        {
            throw new ArgumentException(
                $"Tensor '{byName.Keys.First()}' is not part of a llama model with {config.BlockCount} blocks; remove it or fix its name.",
                nameof(tensors));
        }

        return ordered;
    }

    private static List<KeyValuePair<string, object>> BuildMetadata(LlamaConfig config, IReadOnlyDictionary<string, object>? extraMetadata)
    {
        var tokens = new string[ByteTokenizer.VocabSize];
        var tokenTypes = new int[ByteTokenizer.VocabSize];
        for (int id = 0; id < ByteTokenizer.VocabSize; id++)
        {
            tokens[id] = ByteTokenizer.TokenText(id);

            // llama.cpp token types: 1 normal, 3 control.
            tokenTypes[id] = ByteTokenizer.IsControl(id) ? 3 : 1;
        }

        var metadata = new List<KeyValuePair<string, object>>
        {
            new("general.architecture", "llama"),
            new("general.name", config.Name),
            new("general.alignment", (uint)GgufFormat.DefaultAlignment),
            new("llama.vocab_size", (uint)ByteTokenizer.VocabSize),
            new("llama.context_length", (uint)config.ContextLength),
            new("llama.embedding_length", (uint)config.EmbeddingLength),
            new("llama.block_count", (uint)config.BlockCount),
            new("llama.feed_forward_length", (uint)config.FeedForwardLength),
            new("llama.attention.head_count", (uint)config.HeadCount),
            new("llama.attention.head_count_kv", (uint)config.HeadCountKv),
            new("llama.attention.layer_norm_rms_epsilon", config.RmsNormEpsilon),
            new("llama.rope.dimension_count", (uint)config.HeadDimension),
            new("llama.rope.freq_base", config.RopeFreqBase),
            new("general.file_type", 0u),
            new("tokenizer.ggml.model", "gpt2"),
            new("tokenizer.ggml.pre", "default"),
            new("tokenizer.ggml.tokens", tokens),
            new("tokenizer.ggml.token_type", tokenTypes),
            new("tokenizer.ggml.merges", Array.Empty<string>()),
            new("tokenizer.ggml.bos_token_id", (uint)ByteTokenizer.BosId),
            new("tokenizer.ggml.eos_token_id", (uint)ByteTokenizer.EosId),
            new("tokenizer.ggml.padding_token_id", (uint)ByteTokenizer.PadId),
            new("tokenizer.ggml.add_bos_token", true),
            new("tokenizer.ggml.add_eos_token", false),
        };

        if (extraMetadata is not null)
        {
            foreach (var (key, value) in extraMetadata)
            {
                if (metadata.Any(pair => pair.Key == key))
                {
                    throw new ArgumentException(
                        $"Extra metadata key '{key}' is set by the writer itself; remove it from the extra metadata or change the configuration.",
                        nameof(extraMetadata));
                }

                metadata.Add(new(key, value));
            }
        }

        return metadata;
    }
}
