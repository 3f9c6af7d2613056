using Monkeys.Sampling;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>
/// Splits a problem's requested sample indices into requests and picks each request's seed.
/// </summary>
/// <remarks>
/// A request for n samples carries one seed, and the server draws its n choices from that one
/// random stream. The request's seed is derived from its first index (see <see cref="WireSeed"/>),
/// and choice j of the response becomes sample <c>indices[j]</c>. So a sample can be reproduced only
/// by repeating its whole request (same indices, same n). With one sample per request, each sample's
/// own seed decides it alone.
/// </remarks>
internal static class RequestChunks
{
    /// <summary>Cuts <paramref name="indices"/>, in the given order, into consecutive pieces of at most <paramref name="size"/>.</summary>
    public static List<int[]> Split(IReadOnlyList<int> indices, int size)
    {
        var chunks = new List<int[]>((indices.Count + size - 1) / size);
        for (int start = 0; start < indices.Count; start += size)
        {
            int[] chunk = new int[Math.Min(size, indices.Count - start)];
            for (int offset = 0; offset < chunk.Length; offset++)
            {
                chunk[offset] = indices[start + offset];
            }

            chunks.Add(chunk);
        }

        return chunks;
    }

    /// <summary>
    /// Returns the seed sent with a request whose first sample index is <paramref name="firstIndex"/>:
    /// the low 31 bits of that sample's seed, because several servers (llama-server among them) read
    /// <c>seed</c> as a 32-bit integer.
    /// </summary>
    public static long WireSeed(ulong runSeed, string problemId, int firstIndex) =>
        (long)(SampleSeeds.For(runSeed, problemId, firstIndex) & 0x7FFF_FFFFUL);
}
