namespace Monkeys.Llama.Gguf;

/// <summary>
/// ggml tensor element types that this project reads and writes. Other ggml types (quantized formats) are listed
/// by <see cref="GgufReader"/> but their data cannot be decoded.
/// </summary>
public enum GgufTensorType : uint
{
    /// <summary>IEEE 754 single precision.</summary>
    F32 = 0,

    /// <summary>IEEE 754 half precision.</summary>
    F16 = 1,
}
