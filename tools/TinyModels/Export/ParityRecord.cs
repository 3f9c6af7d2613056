using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Monkeys.TinyModels.Model;
using static TorchSharp.torch;

namespace Monkeys.TinyModels.Export;

/// <summary>
/// The trainer's own logits for a few fixed token sequences, written next to each GGUF file as
/// <c>&lt;name&gt;.parity.json</c>. A test loads the GGUF with llama.cpp and compares its logits to these.
/// </summary>
/// <param name="Format">Format tag, <c>monkeys-parity/1</c>.</param>
/// <param name="Model">File name of the GGUF model the logits belong to.</param>
/// <param name="Reference">How the logits were computed.</param>
/// <param name="Sequences">The token sequences and their logits.</param>
public sealed record ParityRecord(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("reference")] string Reference,
    [property: JsonPropertyName("sequences")] IReadOnlyList<ParitySequence> Sequences)
{
    /// <summary>Current value of <see cref="Format"/>.</summary>
    public const string CurrentFormat = "monkeys-parity/1";

    /// <summary>
    /// Computes the logits of <paramref name="model"/> in float64 for each of <paramref name="texts"/>
    /// (tokenized as BOS + UTF-8 bytes) at every <paramref name="stride"/>-th position and the last one.
    /// </summary>
    public static ParityRecord Compute(TinyLlama model, string modelFileName, IReadOnlyList<string> texts, int stride)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var doubles = model.Weights.ToDictionary(w => w.Key, w => w.Value.detach().to(float64), StringComparer.Ordinal);

        var sequences = new List<ParitySequence>();
        foreach (string text in texts)
        {
            int[] tokens = [ModelShape.Bos, .. Encoding.UTF8.GetBytes(text).Select(b => (int)b)];
            Tensor input = tensor(tokens.Select(t => (long)t).ToArray(), [1, tokens.Length]);
            Tensor logits = model.Forward(input, doubles)[0];

            var positions = Enumerable.Range(0, tokens.Length).Where(p => p % stride == stride - 1 || p == tokens.Length - 1).ToList();
            var rows = positions.Select(p => logits[p].to(float32).data<float>().ToArray()).ToList();
            sequences.Add(new ParitySequence(text, tokens, positions, rows));
        }

        return new ParityRecord(CurrentFormat, modelFileName, "TorchSharp float64 forward pass of the exported float32 weights", sequences);
    }

    /// <summary>Writes the record as one line of JSON.</summary>
    public void Save(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = false }) + "\n");
}

/// <summary>One token sequence and the reference logits at some of its positions.</summary>
/// <param name="Text">The text after BOS.</param>
/// <param name="Tokens">Token ids, BOS first.</param>
/// <param name="Positions">Positions (0 = BOS) whose next-token logits are recorded.</param>
/// <param name="Logits">One row of vocabulary-size logits per entry of <paramref name="Positions"/>.</param>
public sealed record ParitySequence(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("tokens")] IReadOnlyList<int> Tokens,
    [property: JsonPropertyName("positions")] IReadOnlyList<int> Positions,
    [property: JsonPropertyName("logits")] IReadOnlyList<float[]> Logits);
