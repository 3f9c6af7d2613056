using System.Text;
using Monkeys.TinyModels.Model;

namespace Monkeys.TinyModels.Training;

/// <summary>
/// One training sequence: BOS, the prompt bytes, the target bytes and EOS. The loss covers only the
/// target bytes and EOS, so the model learns to answer, not to write questions.
/// </summary>
/// <param name="Tokens">Token ids, BOS first.</param>
/// <param name="TargetStart">Index in <paramref name="Tokens"/> of the first token the loss covers.</param>
public sealed record TrainingExample(int[] Tokens, int TargetStart)
{
    /// <summary>Tokenizes <paramref name="prompt"/> + <paramref name="target"/> as UTF-8 bytes between BOS and EOS.</summary>
    /// <param name="prompt">Text the model reads.</param>
    /// <param name="target">Text the model learns to write after it.</param>
    /// <param name="appendEos">Whether the model also learns to end with EOS.</param>
    public static TrainingExample Create(string prompt, string target, bool appendEos = true)
    {
        byte[] promptBytes = Encoding.UTF8.GetBytes(prompt);
        byte[] targetBytes = Encoding.UTF8.GetBytes(target);
        var tokens = new List<int>(promptBytes.Length + targetBytes.Length + 2) { ModelShape.Bos };
        tokens.AddRange(promptBytes.Select(b => (int)b));
        int targetStart = tokens.Count;
        tokens.AddRange(targetBytes.Select(b => (int)b));
        if (appendEos)
        {
            tokens.Add(ModelShape.Eos);
        }

        return new TrainingExample(tokens.ToArray(), targetStart);
    }
}
