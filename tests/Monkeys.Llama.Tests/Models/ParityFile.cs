using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monkeys.Llama.Tests.Models;

/// <summary>
/// A <c>&lt;name&gt;.parity.json</c> file written by the trainer in tools/TinyModels: the trainer's own
/// logits (float64 forward pass) for fixed token sequences.
/// </summary>
public sealed record ParityFile(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("sequences")] IReadOnlyList<ParityFileSequence> Sequences)
{
    /// <summary>Reads and checks the format tag of <paramref name="path"/>.</summary>
    public static ParityFile Read(string path)
    {
        var file = JsonSerializer.Deserialize<ParityFile>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} contains JSON null, expected a parity record.");
        if (file.Format != "monkeys-parity/1")
        {
            throw new InvalidDataException($"{path} has format '{file.Format}', expected 'monkeys-parity/1'.");
        }

        return file;
    }
}

/// <summary>One token sequence and the trainer's logits at some positions.</summary>
public sealed record ParityFileSequence(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("tokens")] IReadOnlyList<int> Tokens,
    [property: JsonPropertyName("positions")] IReadOnlyList<int> Positions,
    [property: JsonPropertyName("logits")] IReadOnlyList<float[]> Logits);
