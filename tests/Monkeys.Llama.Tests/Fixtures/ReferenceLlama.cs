using Monkeys.Llama.Gguf;

namespace Monkeys.Llama.Tests.Fixtures;

/// <summary>
/// Independent double-precision forward pass of the llama architecture, written from the definitions: RMSNorm
/// x·w/√(mean(x²)+ε), rotary embedding on adjacent pairs (2i, 2i+1) with θ_i = base^(−2i/d), causal softmax
/// attention with grouped key/value heads, SwiGLU down(silu(gate·x)·(up·x)), untied output matrix.
/// </summary>
public sealed class ReferenceLlama
{
    private readonly LlamaConfig _config;
    private readonly Dictionary<string, double[]> _weights;
    private readonly int _vocabulary;

    public ReferenceLlama(string path)
    {
        var reader = GgufReader.Open(path);
        _config = reader.ReadLlamaConfig();
        _weights = reader.Tensors.ToDictionary(t => t.Name, t => reader.ReadTensor(t.Name).Data.Select(x => (double)x).ToArray());
        _vocabulary = (int)reader.Tensors.Single(t => t.Name == "token_embd.weight").Shape[1];
    }

    /// <summary>Returns the logits after every position of <paramref name="tokens"/>.</summary>
    public double[][] Logits(IReadOnlyList<int> tokens)
    {
        int e = _config.EmbeddingLength, hd = _config.HeadDimension, heads = _config.HeadCount, kvHeads = _config.HeadCountKv;
        int n = tokens.Count;
        var x = new double[n][];
        for (int t = 0; t < n; t++)
        {
            x[t] = _weights["token_embd.weight"].AsSpan(tokens[t] * e, e).ToArray();
        }

        for (int b = 0; b < _config.BlockCount; b++)
        {
            var q = new double[n][];
            var k = new double[n][];
            var v = new double[n][];
            for (int t = 0; t < n; t++)
            {
                var h = RmsNorm(x[t], _weights[$"blk.{b}.attn_norm.weight"]);
                q[t] = Rope(MatVec($"blk.{b}.attn_q.weight", h), t, heads);
                k[t] = Rope(MatVec($"blk.{b}.attn_k.weight", h), t, kvHeads);
                v[t] = MatVec($"blk.{b}.attn_v.weight", h);
            }

            for (int t = 0; t < n; t++)
            {
                var attended = new double[e];
                for (int head = 0; head < heads; head++)
                {
                    int kvHead = head / (heads / kvHeads);
                    var scores = new double[t + 1];
                    double max = double.NegativeInfinity;
                    for (int s = 0; s <= t; s++)
                    {
                        double dot = 0;
                        for (int i = 0; i < hd; i++)
                        {
                            dot += q[t][head * hd + i] * k[s][kvHead * hd + i];
                        }

                        scores[s] = dot / Math.Sqrt(hd);
                        max = Math.Max(max, scores[s]);
                    }

                    double sum = 0;
                    for (int s = 0; s <= t; s++)
                    {
                        scores[s] = Math.Exp(scores[s] - max);
                        sum += scores[s];
                    }

                    for (int s = 0; s <= t; s++)
                    {
                        for (int i = 0; i < hd; i++)
                        {
                            attended[head * hd + i] += scores[s] / sum * v[s][kvHead * hd + i];
                        }
                    }
                }

                var projected = MatVec($"blk.{b}.attn_output.weight", attended);
                for (int i = 0; i < e; i++)
                {
                    x[t][i] += projected[i];
                }
            }

            for (int t = 0; t < n; t++)
            {
                var h = RmsNorm(x[t], _weights[$"blk.{b}.ffn_norm.weight"]);
                var gate = MatVec($"blk.{b}.ffn_gate.weight", h);
                var up = MatVec($"blk.{b}.ffn_up.weight", h);
                for (int i = 0; i < gate.Length; i++)
                {
                    gate[i] = gate[i] / (1 + Math.Exp(-gate[i])) * up[i];
                }

                var down = MatVec($"blk.{b}.ffn_down.weight", gate);
                for (int i = 0; i < e; i++)
                {
                    x[t][i] += down[i];
                }
            }
        }

        var logits = new double[n][];
        for (int t = 0; t < n; t++)
        {
            logits[t] = MatVec("output.weight", RmsNorm(x[t], _weights["output_norm.weight"]));
        }

        return logits;
    }

    /// <summary>Returns ln softmax(<paramref name="logits"/>)[<paramref name="token"/>].</summary>
    public static double LogSoftmax(double[] logits, int token)
    {
        double max = logits.Max();
        double sum = logits.Sum(z => Math.Exp(z - max));
        return logits[token] - max - Math.Log(sum);
    }

    private double[] MatVec(string name, double[] input)
    {
        // A GGUF [in, out] tensor is stored as out rows of in values.
        var w = _weights[name];
        int rows = w.Length / input.Length;
        var result = new double[rows];
        for (int r = 0; r < rows; r++)
        {
            double sum = 0;
            for (int i = 0; i < input.Length; i++)
            {
                sum += w[r * input.Length + i] * input[i];
            }

            result[r] = sum;
        }

        return result;
    }

    private double[] RmsNorm(double[] input, double[] weight)
    {
        double meanSquare = input.Sum(z => z * z) / input.Length;
        double scale = 1 / Math.Sqrt(meanSquare + _config.RmsNormEpsilon);
        return input.Select((z, i) => z * scale * weight[i]).ToArray();
    }

    private double[] Rope(double[] input, int position, int headCount)
    {
        int hd = _config.HeadDimension;
        var result = (double[])input.Clone();
        for (int head = 0; head < headCount; head++)
        {
            for (int i = 0; i < hd / 2; i++)
            {
                double theta = position * Math.Pow(_config.RopeFreqBase, -2.0 * i / hd);
                double a = input[head * hd + 2 * i], b = input[head * hd + 2 * i + 1];
                result[head * hd + 2 * i] = a * Math.Cos(theta) - b * Math.Sin(theta);
                result[head * hd + 2 * i + 1] = a * Math.Sin(theta) + b * Math.Cos(theta);
            }
        }

        return result;
    }

    public int VocabularySize => _vocabulary;
}
