namespace Monkeys.Llama.Gguf;

/// <summary>
/// Hyper-parameters of a llama-architecture model, as llama.cpp reads them from the <c>llama.*</c> GGUF keys.
/// </summary>
/// <param name="ContextLength">Training context length in tokens (<c>llama.context_length</c>).</param>
/// <param name="EmbeddingLength">Model width E (<c>llama.embedding_length</c>).</param>
/// <param name="BlockCount">Number of transformer blocks (<c>llama.block_count</c>).</param>
/// <param name="FeedForwardLength">Hidden width F of the SwiGLU feed-forward layer (<c>llama.feed_forward_length</c>).</param>
/// <param name="HeadCount">Number of attention heads; must divide <paramref name="EmbeddingLength"/>.</param>
/// <param name="HeadCountKv">Number of key/value heads (grouped-query attention); must divide <paramref name="HeadCount"/>.</param>
/// <param name="RmsNormEpsilon">ε of RMSNorm x·w/√(mean(x²)+ε).</param>
/// <param name="RopeFreqBase">Base θ of the rotary embedding.</param>
/// <param name="Name">Model name written to <c>general.name</c>.</param>
public sealed record LlamaConfig(
    int ContextLength,
    int EmbeddingLength,
    int BlockCount,
    int FeedForwardLength,
    int HeadCount,
    int HeadCountKv,
    float RmsNormEpsilon = 1e-5f,
    float RopeFreqBase = 10000f,
    string Name = "monkey")
{
    /// <summary>Width of one attention head: <see cref="EmbeddingLength"/> / <see cref="HeadCount"/>.</summary>
    public int HeadDimension => EmbeddingLength / HeadCount;

    /// <summary>Width of the key and value projections: <see cref="HeadDimension"/> · <see cref="HeadCountKv"/>.</summary>
    public int KvDimension => HeadDimension * HeadCountKv;

    /// <summary>
    /// Counts the weights of a model with this shape and the byte-level vocabulary, with an untied output matrix.
    /// </summary>
    /// <param name="vocabularySize">Vocabulary size V.</param>
    public long ParameterCount(int vocabularySize)
    {
        long e = EmbeddingLength, f = FeedForwardLength, kv = KvDimension, v = vocabularySize;
        long perBlock = e + e * e + 2 * e * kv + e * e + e + 3 * e * f;
        return v * e + BlockCount * perBlock + e + e * v;
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming the first hyper-parameter that llama.cpp would reject.
    /// </summary>
    public void Validate()
    {
        RequirePositive(ContextLength, nameof(ContextLength));
        RequirePositive(EmbeddingLength, nameof(EmbeddingLength));
        RequirePositive(BlockCount, nameof(BlockCount));
        RequirePositive(FeedForwardLength, nameof(FeedForwardLength));
        RequirePositive(HeadCount, nameof(HeadCount));
        RequirePositive(HeadCountKv, nameof(HeadCountKv));

        if (EmbeddingLength % HeadCount != 0)
        {
            throw new ArgumentException(
                $"EmbeddingLength {EmbeddingLength} is not a multiple of HeadCount {HeadCount}; choose a head count that divides the width.");
        }

        if (HeadCount % HeadCountKv != 0)
        {
            throw new ArgumentException(
                $"HeadCount {HeadCount} is not a multiple of HeadCountKv {HeadCountKv}; choose a key/value head count that divides the head count.");
        }

        if (HeadDimension % 2 != 0)
        {
            throw new ArgumentException(
                $"Head dimension {HeadDimension} (EmbeddingLength / HeadCount) is odd; rotary embedding needs an even head dimension.");
        }

        if (!(RmsNormEpsilon > 0) || !float.IsFinite(RmsNormEpsilon))
        {
            throw new ArgumentException($"RmsNormEpsilon {RmsNormEpsilon} is invalid; it must be a finite value > 0.");
        }

        if (!(RopeFreqBase > 0) || !float.IsFinite(RopeFreqBase))
        {
            throw new ArgumentException($"RopeFreqBase {RopeFreqBase} is invalid; it must be a finite value > 0.");
        }
    }

    private static void RequirePositive(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentException($"{name} is {value}; it must be at least 1.", name);
        }
    }
}
