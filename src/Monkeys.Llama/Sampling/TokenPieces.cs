using LLama;
using LLama.Native;

namespace Monkeys.Llama.Sampling;

/// <summary>
/// The UTF-8 bytes of every token and which tokens end generation, read once from the model's vocabulary so the
/// decode loop makes no per-token vocabulary calls.
/// </summary>
internal sealed class TokenPieces
{
    private readonly byte[][] _pieces;
    private readonly bool[] _endsGeneration;

    public TokenPieces(LLamaWeights weights)
    {
        var vocabulary = weights.Vocab;
        int count = vocabulary.Count;
        _pieces = new byte[count][];
        _endsGeneration = new bool[count];
        var buffer = new byte[256];
        for (int id = 0; id < count; id++)
        {
            var token = (LLamaToken)id;
            int length = NativeApi.llama_token_to_piece(vocabulary, token, buffer, 0, false);
            if (length < 0)
            {
                buffer = new byte[-length];
                length = NativeApi.llama_token_to_piece(vocabulary, token, buffer, 0, false);
            }

            _pieces[id] = buffer.AsSpan(0, Math.Max(0, length)).ToArray();
            _endsGeneration[id] = token.IsEndOfGeneration(vocabulary);
        }
    }

    /// <summary>Number of tokens in the vocabulary.</summary>
    public int Count => _pieces.Length;

    /// <summary>Returns the bytes that token <paramref name="id"/> adds to the text (empty for control tokens).</summary>
    public byte[] Piece(int id) => _pieces[id];

    /// <summary>Returns whether token <paramref name="id"/> ends generation (end of sequence, end of turn).</summary>
    public bool EndsGeneration(int id) => _endsGeneration[id];
}
