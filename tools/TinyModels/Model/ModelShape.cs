using System.Text.Json.Serialization;

namespace Monkeys.TinyModels.Model;

/// <summary>
/// Hyperparameters of one tiny llama-architecture model over the 259-token byte vocabulary.
/// </summary>
/// <param name="Name">Model name, also the GGUF file stem (for example <c>monkey-small</c>).</param>
/// <param name="EmbeddingLength">Width of the residual stream.</param>
/// <param name="BlockCount">Number of transformer blocks.</param>
/// <param name="HeadCount">Attention heads; the head size is <paramref name="EmbeddingLength"/> / heads.</param>
/// <param name="FeedForwardLength">Hidden width of the SwiGLU feed-forward layer.</param>
/// <param name="ContextLength">Longest sequence, in tokens, the model is trained on and exported with.</param>
public sealed record ModelShape(
    string Name,
    int EmbeddingLength,
    int BlockCount,
    int HeadCount,
    int FeedForwardLength,
    int ContextLength)
{
    /// <summary>Byte vocabulary: 256 bytes, then BOS, EOS and padding.</summary>
    public const int VocabSize = 259;

    /// <summary>Beginning-of-sequence token id.</summary>
    public const int Bos = 256;

    /// <summary>End-of-sequence token id.</summary>
    public const int Eos = 257;

    /// <summary>Padding token id.</summary>
    public const int Pad = 258;

    /// <summary>RMSNorm epsilon, the same value llama.cpp reads from the GGUF file.</summary>
    public const float RmsNormEpsilon = 1e-5f;

    /// <summary>Rotary embedding base frequency.</summary>
    public const float RopeFreqBase = 10000f;

    /// <summary>Size of one attention head.</summary>
    [JsonIgnore]
    public int HeadSize => EmbeddingLength / HeadCount;

    /// <summary>Number of weights, embeddings and output layer included.</summary>
    [JsonIgnore]
    public long ParameterCount
    {
        get
        {
            long e = EmbeddingLength;
            long perBlock = (2 * e) + (4 * e * e) + (3 * e * FeedForwardLength);
            return (2 * VocabSize * e) + e + (BlockCount * perBlock);
        }
    }

    /// <summary>The shipped family: three generators and the verifier.</summary>
    public static IReadOnlyDictionary<string, ModelShape> Presets { get; } = new Dictionary<string, ModelShape>
    {
        ["monkey-small"] = new("monkey-small", 64, 2, 4, 128, 256),
        ["monkey-medium"] = new("monkey-medium", 128, 3, 4, 256, 256),
        ["monkey-large"] = new("monkey-large", 160, 4, 5, 384, 256),
        // The verifier has monkey-small's width and depth so it can start from monkey-small's weights;
        // its longer context fits a question, a completion and the verdict.
        ["monkey-verifier"] = new("monkey-verifier", 64, 2, 4, 128, 320),
    };
}
