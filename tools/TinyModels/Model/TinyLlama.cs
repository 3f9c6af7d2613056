using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Monkeys.TinyModels.Model;

/// <summary>
/// Decoder-only llama model computed the way llama.cpp computes <c>general.architecture = llama</c>,
/// so the exported GGUF reproduces these logits.
/// </summary>
/// <remarks>
/// Per block: <c>x += Wo·attn(rope(Wq·n), rope(Wk·n), Wv·n)</c> with <c>n = rmsnorm(x)·attn_norm</c>, then
/// <c>x += down(silu(gate·m) ⊙ up·m)</c> with <c>m = rmsnorm(x)·ffn_norm</c>. RMSNorm is
/// <c>x / √(mean(x²) + ε)</c>. The rotary embedding rotates adjacent pairs (2i, 2i+1) of each head by
/// angle <c>pos · base^(−2i/headSize)</c>, llama.cpp's "normal" layout; the half-split NEOX layout
/// would not match. The output layer is untied from the token embedding. Parameters are stored under
/// their GGUF tensor names, as PyTorch <c>[out, in]</c> matrices.
/// </remarks>
public sealed class TinyLlama : IDisposable
{
    private readonly Dictionary<string, Tensor> _weights;

    private TinyLlama(ModelShape shape, Dictionary<string, Tensor> weights)
    {
        Shape = shape;
        _weights = weights;
    }

    /// <summary>Hyperparameters.</summary>
    public ModelShape Shape { get; }

    /// <summary>Weights by GGUF tensor name, in export order.</summary>
    public IReadOnlyDictionary<string, Tensor> Weights => _weights;

    /// <summary>Returns the GGUF tensor names and PyTorch shapes of a model with <paramref name="shape"/>, in export order.</summary>
    public static IReadOnlyList<(string Name, long[] Shape)> Layout(ModelShape shape)
    {
        long e = shape.EmbeddingLength;
        long f = shape.FeedForwardLength;
        var layout = new List<(string, long[])> { ("token_embd.weight", [ModelShape.VocabSize, e]) };
        for (int b = 0; b < shape.BlockCount; b++)
        {
            layout.Add(($"blk.{b}.attn_norm.weight", [e]));
            layout.Add(($"blk.{b}.attn_q.weight", [e, e]));
            layout.Add(($"blk.{b}.attn_k.weight", [e, e]));
            layout.Add(($"blk.{b}.attn_v.weight", [e, e]));
            layout.Add(($"blk.{b}.attn_output.weight", [e, e]));
            layout.Add(($"blk.{b}.ffn_norm.weight", [e]));
            layout.Add(($"blk.{b}.ffn_gate.weight", [f, e]));
            layout.Add(($"blk.{b}.ffn_up.weight", [f, e]));
            layout.Add(($"blk.{b}.ffn_down.weight", [e, f]));
        }

        layout.Add(("output_norm.weight", [e]));
        layout.Add(("output.weight", [ModelShape.VocabSize, e]));
        return layout;
    }

    /// <summary>
    /// Creates a model with seeded random weights: norms at 1, matrices normal with standard deviation
    /// 0.02, and the two residual output projections scaled down by √(2·blocks).
    /// </summary>
    public static TinyLlama CreateRandom(ModelShape shape, long seed)
    {
        var generator = new Generator((ulong)seed);
        double residualStd = 0.02 / Math.Sqrt(2.0 * shape.BlockCount);
        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, dims) in Layout(shape))
        {
            Tensor value;
            if (dims.Length == 1)
            {
                value = ones(dims, float32);
            }
            else
            {
                double std = name.EndsWith("attn_output.weight", StringComparison.Ordinal) || name.EndsWith("ffn_down.weight", StringComparison.Ordinal)
                    ? residualStd
                    : 0.02;
                using Tensor noise = randn(dims, float32, generator: generator);
                value = noise * std;
            }

            weights[name] = nn.Parameter(value, requires_grad: true);
        }

        return new TinyLlama(shape, weights);
    }

    /// <summary>Wraps existing weights (for example a loaded checkpoint); takes ownership of them.</summary>
    public static TinyLlama FromWeights(ModelShape shape, Dictionary<string, Tensor> weights)
    {
        foreach (var (name, dims) in Layout(shape))
        {
            if (!weights.TryGetValue(name, out Tensor? value))
            {
                throw new ArgumentException($"Weight '{name}' is missing for model {shape.Name}.", nameof(weights));
            }

            if (!value.shape.SequenceEqual(dims))
            {
                throw new ArgumentException(
                    $"Weight '{name}' has shape [{string.Join(",", value.shape)}], expected [{string.Join(",", dims)}].", nameof(weights));
            }
        }

        return new TinyLlama(shape, weights);
    }

    /// <summary>Returns the trainable parameters, for the optimizer.</summary>
    public IEnumerable<TorchSharp.Modules.Parameter> Parameters() => _weights.Values.Cast<TorchSharp.Modules.Parameter>();

    /// <summary>
    /// Computes logits <c>[batch, time, vocab]</c> for token ids <c>[batch, time]</c>, position 0 first,
    /// in the dtype of <paramref name="weights"/> (float32 for training, float64 for parity references).
    /// </summary>
    public Tensor Forward(Tensor tokens, IReadOnlyDictionary<string, Tensor>? weights = null)
    {
        weights ??= _weights;
        long batch = tokens.shape[0];
        long time = tokens.shape[1];
        int heads = Shape.HeadCount;
        int headSize = Shape.HeadSize;
        ScalarType dtype = weights["token_embd.weight"].dtype;

        using var scope = NewDisposeScope();
        var (cos, sin) = RotaryTables(time, headSize, dtype);

        Tensor x = weights["token_embd.weight"].index_select(0, tokens.reshape(-1)).reshape(batch, time, -1);
        for (int b = 0; b < Shape.BlockCount; b++)
        {
            string p = $"blk.{b}.";
            Tensor n = RmsNorm(x, weights[p + "attn_norm.weight"]);
            Tensor q = Rotate(F.linear(n, weights[p + "attn_q.weight"]).reshape(batch, time, heads, headSize), cos, sin);
            Tensor k = Rotate(F.linear(n, weights[p + "attn_k.weight"]).reshape(batch, time, heads, headSize), cos, sin);
            Tensor v = F.linear(n, weights[p + "attn_v.weight"]).reshape(batch, time, heads, headSize);

            Tensor attended = F.scaled_dot_product_attention(
                q.transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2), is_casual: true);
            Tensor merged = attended.transpose(1, 2).reshape(batch, time, -1);
            x = x + F.linear(merged, weights[p + "attn_output.weight"]);

            Tensor m = RmsNorm(x, weights[p + "ffn_norm.weight"]);
            Tensor gated = F.silu(F.linear(m, weights[p + "ffn_gate.weight"])) * F.linear(m, weights[p + "ffn_up.weight"]);
            x = x + F.linear(gated, weights[p + "ffn_down.weight"]);
        }

        Tensor logits = F.linear(RmsNorm(x, weights["output_norm.weight"]), weights["output.weight"]);
        return logits.MoveToOuterDisposeScope();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (Tensor weight in _weights.Values)
        {
            weight.Dispose();
        }
    }

    private static Tensor RmsNorm(Tensor x, Tensor weight) =>
        x * rsqrt(x.pow(2).mean([-1], keepdim: true) + ModelShape.RmsNormEpsilon) * weight;

    // cos and sin of pos · base^(−2i/headSize), shaped [1, time, 1, headSize/2] to broadcast over batch and heads.
    private static (Tensor Cos, Tensor Sin) RotaryTables(long time, int headSize, ScalarType dtype)
    {
        Tensor exponents = arange(0, headSize, 2, float64) / headSize;
        Tensor inverse = pow(ModelShape.RopeFreqBase, -exponents);
        Tensor angles = outer(arange(0, time, 1, float64), inverse).to(dtype);
        return (angles.cos().reshape(1, time, 1, -1), angles.sin().reshape(1, time, 1, -1));
    }

    // Rotates adjacent pairs (2i, 2i+1): [a, b] -> [a·cos − b·sin, a·sin + b·cos].
    private static Tensor Rotate(Tensor x, Tensor cos, Tensor sin)
    {
        long[] shape = x.shape;
        Tensor pairs = x.reshape(shape[0], shape[1], shape[2], -1, 2);
        Tensor a = pairs.select(-1, 0);
        Tensor b = pairs.select(-1, 1);
        Tensor rotated = stack([(a * cos) - (b * sin), (a * sin) + (b * cos)], -1);
        return rotated.reshape(shape);
    }
}
