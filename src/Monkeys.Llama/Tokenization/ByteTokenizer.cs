using System.Text;

namespace Monkeys.Llama.Tokenization;

/// <summary>
/// The byte-level vocabulary of the project's models: token ids 0–255 are the UTF-8 bytes, then three control
/// tokens. Any string round-trips exactly through <see cref="Encode"/> and <see cref="Decode"/>.
/// </summary>
/// <remarks>
/// In GGUF the vocabulary is stored as a GPT-2 style byte-level BPE with no merges: byte b is spelled with
/// GPT-2's printable stand-in character for b (<see cref="TokenText"/>), so llama.cpp maps each byte to the token
/// with the same id.
/// </remarks>
public static class ByteTokenizer
{
    /// <summary>Number of tokens: 256 bytes and three control tokens.</summary>
    public const int VocabSize = 259;

    /// <summary>Id of the beginning-of-sequence token <c>&lt;s&gt;</c>.</summary>
    public const int BosId = 256;

    /// <summary>Id of the end-of-sequence token <c>&lt;/s&gt;</c>.</summary>
    public const int EosId = 257;

    /// <summary>Id of the padding token <c>&lt;pad&gt;</c>.</summary>
    public const int PadId = 258;

    private static readonly string[] Texts = BuildTokenTexts();

    /// <summary>Encodes <paramref name="text"/> as UTF-8 bytes, optionally preceded by <see cref="BosId"/>.</summary>
    public static int[] Encode(string text, bool addBos = true)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        int offset = addBos ? 1 : 0;
        var ids = new int[bytes.Length + offset];
        if (addBos)
        {
            ids[0] = BosId;
        }

        for (int i = 0; i < bytes.Length; i++)
        {
            ids[i + offset] = bytes[i];
        }

        return ids;
    }

    /// <summary>
    /// Decodes byte tokens as UTF-8, skipping control tokens; invalid byte sequences become U+FFFD.
    /// </summary>
    public static string Decode(IEnumerable<int> ids)
    {
        var bytes = new List<byte>();
        foreach (int id in ids)
        {
            if (id is >= 0 and < 256)
            {
                bytes.Add((byte)id);
            }
            else if (id is < 0 or >= VocabSize)
            {
                throw new ArgumentOutOfRangeException(nameof(ids), id, $"Token id {id} is outside the vocabulary [0, {VocabSize - 1}].");
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Returns whether <paramref name="id"/> is one of the three control tokens.</summary>
    public static bool IsControl(int id) => id is BosId or EosId or PadId;

    /// <summary>
    /// Returns the text of token <paramref name="id"/> as stored in <c>tokenizer.ggml.tokens</c>: GPT-2's printable
    /// stand-in for a byte, or <c>&lt;s&gt;</c>, <c>&lt;/s&gt;</c>, <c>&lt;pad&gt;</c>.
    /// </summary>
    public static string TokenText(int id)
    {
        if (id is < 0 or >= VocabSize)
        {
            throw new ArgumentOutOfRangeException(nameof(id), id, $"Token id {id} is outside the vocabulary [0, {VocabSize - 1}].");
        }

        return Texts[id];
    }

    private static string[] BuildTokenTexts()
    {
        // GPT-2 byte-to-unicode table: printable Latin-1 bytes stand for themselves, the remaining 68 bytes map in
        // ascending order to U+0100, U+0101, … so that no token text contains whitespace or control characters.
        var texts = new string[VocabSize];
        int next = 0;
        for (int b = 0; b < 256; b++)
        {
            bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            texts[b] = printable ? ((char)b).ToString() : ((char)(256 + next++)).ToString();
        }

        texts[BosId] = "<s>";
        texts[EosId] = "</s>";
        texts[PadId] = "<pad>";
        return texts;
    }
}
