namespace Monkeys.Llama.Gguf;

/// <summary>Constants of the GGUF container format, version 3.</summary>
internal static class GgufFormat
{
    /// <summary>The bytes "GGUF" read as a little-endian 32-bit integer.</summary>
    public const uint Magic = 0x46554747;

    /// <summary>The format version this project writes; versions 2 and 3 are read.</summary>
    public const uint Version = 3;

    /// <summary>Alignment of the tensor data section and of each tensor when <c>general.alignment</c> is absent.</summary>
    public const int DefaultAlignment = 32;

    /// <summary>Rounds <paramref name="offset"/> up to a multiple of <paramref name="alignment"/>.</summary>
    public static long Align(long offset, long alignment) => (offset + alignment - 1) / alignment * alignment;
}
