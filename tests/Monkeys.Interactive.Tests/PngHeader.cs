using System.Buffers.Binary;

namespace Monkeys.Interactive.Tests;

/// <summary>Reads the size of a PNG from its IHDR chunk (PNG specification, section 11.2.2).</summary>
internal static class PngHeader
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    public static bool HasSignature(byte[] bytes) => bytes.Length > 24 && bytes.AsSpan(0, 8).SequenceEqual(Signature);

    public static (int Width, int Height) Size(byte[] bytes) =>
        (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
}
