using System.Text;

namespace Monkeys.Endpoints.Http;

/// <summary>Turns a response body into a short, single-line excerpt for error messages.</summary>
internal static class BodyExcerpt
{
    /// <summary>Maximum number of characters kept.</summary>
    public const int MaxLength = 300;

    /// <summary>
    /// Returns the body's first <see cref="MaxLength"/> characters on one line, with every occurrence of
    /// <paramref name="secret"/> replaced by <c>***</c> (servers echo keys in authentication errors).
    /// Returns null for an empty body.
    /// </summary>
    public static string? From(ReadOnlySpan<byte> body, string? secret)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        // Decode a margin beyond the cut so that a secret straddling it is still found and masked.
        int decodeLength = Math.Min(body.Length, (MaxLength * 4) + (secret?.Length ?? 0) * 4);
        string text = Encoding.UTF8.GetString(body[..decodeLength]);
        if (!string.IsNullOrEmpty(secret))
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        text = text.ReplaceLineEndings(" ");
        return text.Length <= MaxLength && decodeLength == body.Length ? text : string.Concat(text.AsSpan(0, Math.Min(text.Length, MaxLength)), "…");
    }
}
