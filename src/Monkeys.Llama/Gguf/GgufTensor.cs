namespace Monkeys.Llama.Gguf;

/// <summary>
/// A named tensor of 32-bit floats, as written to or read from a GGUF file.
/// </summary>
/// <param name="Name">GGUF tensor name, for example <c>blk.0.attn_q.weight</c>.</param>
/// <param name="Shape">Dimensions in GGUF order, innermost (fastest-varying) first; a PyTorch <c>[out, in]</c> weight has shape <c>[in, out]</c>.</param>
/// <param name="Data">Elements in row-major order of the reversed shape; length is the product of <paramref name="Shape"/>.</param>
public sealed record GgufTensor(string Name, long[] Shape, float[] Data)
{
    /// <summary>Number of elements: the product of <see cref="Shape"/>.</summary>
    public long ElementCount => Shape.Aggregate(1L, (product, dimension) => product * dimension);
}
