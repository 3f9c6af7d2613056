namespace Monkeys.Llama.Gguf;

/// <summary>
/// Description of one tensor in a GGUF file, as listed before the data section.
/// </summary>
/// <param name="Name">Tensor name.</param>
/// <param name="Shape">Dimensions, innermost first.</param>
/// <param name="TypeCode">ggml type code (0 F32, 1 F16, others quantized).</param>
/// <param name="Offset">Byte offset of the data relative to the start of the data section.</param>
public sealed record GgufTensorInfo(string Name, long[] Shape, uint TypeCode, ulong Offset)
{
    /// <summary>Number of elements: the product of <see cref="Shape"/>.</summary>
    public long ElementCount => Shape.Aggregate(1L, (product, dimension) => product * dimension);
}
