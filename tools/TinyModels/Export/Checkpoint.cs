using System.Text;
using System.Text.Json;
using Monkeys.TinyModels.Model;
using static TorchSharp.torch;

namespace Monkeys.TinyModels.Export;

/// <summary>
/// Raw float32 weights plus the model shape and training facts, so a model can be exported or evaluated
/// again without retraining. Layout: the ASCII magic <c>MKYCKPT1</c>, a little-endian int32 byte count,
/// that many bytes of UTF-8 JSON (<see cref="CheckpointHeader"/>), then every tensor's float32 values in
/// <see cref="TinyLlama.Layout"/> order, row-major.
/// </summary>
public static class Checkpoint
{
    private static readonly byte[] Magic = "MKYCKPT1"u8.ToArray();

    /// <summary>Writes <paramref name="model"/> and <paramref name="facts"/> to <paramref name="path"/>.</summary>
    public static void Save(string path, TinyLlama model, IReadOnlyDictionary<string, string> facts)
    {
        var header = new CheckpointHeader(model.Shape, new Dictionary<string, string>(facts));
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(header);

        string temporary = path + ".tmp";
        using (var stream = new BinaryWriter(File.Create(temporary)))
        {
            stream.Write(Magic);
            stream.Write(json.Length);
            stream.Write(json);
            foreach (var (name, _) in TinyLlama.Layout(model.Shape))
            {
                float[] values = model.Weights[name].detach().contiguous().data<float>().ToArray();
                stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a checkpoint written by <see cref="Save"/>.</summary>
    public static (TinyLlama Model, CheckpointHeader Header) Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        byte[] magic = reader.ReadBytes(Magic.Length);
        if (!magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{path} is not a tiny-models checkpoint: it does not start with '{Encoding.ASCII.GetString(Magic)}'.");
        }

        int jsonLength = reader.ReadInt32();
        CheckpointHeader header = JsonSerializer.Deserialize<CheckpointHeader>(reader.ReadBytes(jsonLength))
            ?? throw new InvalidDataException($"{path}: the checkpoint header is empty.");

        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, dims) in TinyLlama.Layout(header.Shape))
        {
            long count = dims.Aggregate(1L, (a, b) => a * b);
            byte[] bytes = reader.ReadBytes(checked((int)(count * sizeof(float))));
            if (bytes.Length != count * sizeof(float))
            {
                throw new InvalidDataException($"{path}: the data of '{name}' is cut short ({bytes.Length} of {count * sizeof(float)} bytes).");
            }

            float[] values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray();
            weights[name] = nn.Parameter(tensor(values, dims), requires_grad: true);
        }

        return (TinyLlama.FromWeights(header.Shape, weights), header);
    }
}

/// <summary>JSON header of a checkpoint.</summary>
/// <param name="Shape">Model hyperparameters.</param>
/// <param name="Facts">Training facts (seed, step, loss, command) copied into the model card.</param>
public sealed record CheckpointHeader(ModelShape Shape, Dictionary<string, string> Facts);
