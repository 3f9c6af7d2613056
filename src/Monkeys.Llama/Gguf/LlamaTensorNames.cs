namespace Monkeys.Llama.Gguf;

/// <summary>
/// Names and GGUF shapes (innermost dimension first) of the tensors llama.cpp expects for the llama architecture.
/// </summary>
public static class LlamaTensorNames
{
    /// <summary>Token embedding, shape [E, V].</summary>
    public const string TokenEmbedding = "token_embd.weight";

    /// <summary>Final RMSNorm weight, shape [E].</summary>
    public const string OutputNorm = "output_norm.weight";

    /// <summary>Output (unembedding) matrix, shape [E, V]; when absent llama.cpp ties it to <see cref="TokenEmbedding"/>.</summary>
    public const string Output = "output.weight";

    /// <summary>Returns the name of tensor <paramref name="suffix"/> (for example <c>attn_q</c>) in block <paramref name="block"/>.</summary>
    public static string Block(int block, string suffix) => $"blk.{block}.{suffix}.weight";

    /// <summary>
    /// Returns every tensor name with its expected shape, in the order the writer stores them; <see cref="Output"/> is last.
    /// </summary>
    public static IReadOnlyList<(string Name, long[] Shape)> Expected(LlamaConfig config, int vocabularySize)
    {
        long e = config.EmbeddingLength, f = config.FeedForwardLength, kv = config.KvDimension, v = vocabularySize;
        var list = new List<(string, long[])> { (TokenEmbedding, [e, v]) };
        for (int b = 0; b < config.BlockCount; b++)
        {
            list.Add((Block(b, "attn_norm"), [e]));
            list.Add((Block(b, "attn_q"), [e, e]));
            list.Add((Block(b, "attn_k"), [e, kv]));
            list.Add((Block(b, "attn_v"), [e, kv]));
            list.Add((Block(b, "attn_output"), [e, e]));
            list.Add((Block(b, "ffn_norm"), [e]));
            list.Add((Block(b, "ffn_gate"), [e, f]));
            list.Add((Block(b, "ffn_up"), [e, f]));
            list.Add((Block(b, "ffn_down"), [f, e]));
        }

        list.Add((OutputNorm, [e]));
        list.Add((Output, [e, v]));
        return list;
    }
}
