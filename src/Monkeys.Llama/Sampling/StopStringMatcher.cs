using System.Text;

namespace Monkeys.Llama.Sampling;

/// <summary>
/// Finds stop strings in generated UTF-8 bytes, including a stop string spread over several tokens.
/// </summary>
internal sealed class StopStringMatcher
{
    private readonly byte[][] _stops;

    public StopStringMatcher(IReadOnlyList<string> stopStrings)
    {
        _stops = stopStrings.Where(s => s.Length > 0).Select(Encoding.UTF8.GetBytes).ToArray();
        MaxLength = _stops.Length == 0 ? 0 : _stops.Max(s => s.Length);
    }

    /// <summary>Length in bytes of the longest stop string.</summary>
    public int MaxLength { get; }

    /// <summary>
    /// Returns the byte position of the earliest stop string that ends after <paramref name="previousLength"/> in
    /// <paramref name="text"/>, or −1 when none occurs. Earlier bytes were checked by previous calls.
    /// </summary>
    public int Find(ReadOnlySpan<byte> text, int previousLength)
    {
        int best = -1;
        foreach (byte[] stop in _stops)
        {
            int from = Math.Max(0, previousLength - stop.Length + 1);
            int found = text[from..].IndexOf(stop);
            if (found >= 0 && (best < 0 || from + found < best))
            {
                best = from + found;
            }
        }

        return best;
    }
}
