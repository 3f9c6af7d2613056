using System.Text;

namespace Monkeys.Llama.Gguf;

/// <summary>
/// Writes a GGUF version 3 file from metadata key/value pairs and F32 tensors, stored as F32 or F16.
/// Architecture-neutral; <see cref="LlamaGgufWriter"/> adds the llama keys and checks.
/// </summary>
/// <remarks>
/// Metadata values map from .NET types: <see cref="string"/>, <see cref="bool"/>, <see cref="byte"/>, <see cref="sbyte"/>,
/// <see cref="ushort"/>, <see cref="short"/>, <see cref="uint"/>, <see cref="int"/>, <see cref="ulong"/>, <see cref="long"/>,
/// <see cref="float"/>, <see cref="double"/>, and one-dimensional arrays of any of these.
/// </remarks>
public static class GgufWriter
{
    /// <summary>
    /// Writes <paramref name="metadata"/> (in order) and <paramref name="tensors"/> to <paramref name="path"/>,
    /// replacing any existing file.
    /// </summary>
    /// <param name="path">Output file.</param>
    /// <param name="metadata">Keys and values; keys must be unique.</param>
    /// <param name="tensors">Tensors with the storage type of each.</param>
    public static void Write(
        string path,
        IReadOnlyList<KeyValuePair<string, object>> metadata,
        IReadOnlyList<(GgufTensor Tensor, GgufTensorType Type)> tensors)
    {
        var duplicate = metadata.GroupBy(pair => pair.Key).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Metadata key '{duplicate.Key}' appears more than once; each key may be written once.", nameof(metadata));
        }

        foreach (var (tensor, _) in tensors)
        {
            if (tensor.Data.LongLength != tensor.ElementCount)
            {
                throw new ArgumentException(
                    $"Tensor '{tensor.Name}' has {tensor.Data.LongLength} elements but shape [{string.Join(", ", tensor.Shape)}] needs {tensor.ElementCount}.",
                    nameof(tensors));
            }
        }

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

        writer.Write(GgufFormat.Magic);
        writer.Write(GgufFormat.Version);
        writer.Write((ulong)tensors.Count);
        writer.Write((ulong)metadata.Count);

        foreach (var (key, value) in metadata)
        {
            WriteString(writer, key);
            WriteValue(writer, key, value);
        }

        // Tensor infos carry offsets relative to the start of the data section, each aligned.
        long offset = 0;
        var offsets = new long[tensors.Count];
        for (int i = 0; i < tensors.Count; i++)
        {
            var (tensor, type) = tensors[i];
            offsets[i] = offset;
            WriteString(writer, tensor.Name);
            writer.Write((uint)tensor.Shape.Length);
            foreach (long dimension in tensor.Shape)
            {
                writer.Write((ulong)dimension);
            }

            writer.Write((uint)type);
            writer.Write((ulong)offset);
            offset = GgufFormat.Align(offset + tensor.ElementCount * ElementSize(type), GgufFormat.DefaultAlignment);
        }

        Pad(writer, GgufFormat.Align(stream.Position, GgufFormat.DefaultAlignment));
        long dataStart = stream.Position;

        for (int i = 0; i < tensors.Count; i++)
        {
            var (tensor, type) = tensors[i];
            Pad(writer, dataStart + offsets[i]);
            WriteData(writer, tensor.Data, type);
        }
    }

    /// <summary>Bytes per element of <paramref name="type"/>.</summary>
    internal static int ElementSize(GgufTensorType type) => type switch
    {
        GgufTensorType.F32 => 4,
        GgufTensorType.F16 => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only F32 and F16 tensors can be written."),
    };

    private static void WriteData(BinaryWriter writer, float[] data, GgufTensorType type)
    {
        if (type == GgufTensorType.F32)
        {
            var bytes = new byte[data.Length * 4];
            Buffer.BlockCopy(data, 0, bytes, 0, bytes.Length);
            writer.Write(bytes);
            return;
        }

        var halves = new byte[data.Length * 2];
        for (int i = 0; i < data.Length; i++)
        {
            BitConverter.TryWriteBytes(halves.AsSpan(i * 2), (Half)data[i]);
        }

        writer.Write(halves);
    }

    private static void Pad(BinaryWriter writer, long target)
    {
        while (writer.BaseStream.Position < target)
        {
            writer.Write((byte)0);
        }
    }

    private static void WriteString(BinaryWriter writer, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }

    private static void WriteValue(BinaryWriter writer, string key, object value)
    {
        if (value is Array items)
        {
            var elementType = items.GetType().GetElementType()!;
            writer.Write((uint)GgufValueType.Array);
            writer.Write((uint)TypeOf(key, elementType));
            writer.Write((ulong)items.Length);
            foreach (object? item in items)
            {
                WriteScalar(writer, key, item ?? throw new ArgumentException($"Metadata key '{key}' contains a null array element.", nameof(value)));
            }

            return;
        }

        writer.Write((uint)TypeOf(key, value.GetType()));
        WriteScalar(writer, key, value);
    }

    private static void WriteScalar(BinaryWriter writer, string key, object value)
    {
        switch (value)
        {
            case string text: WriteString(writer, text); break;
            case bool flag: writer.Write(flag); break;
            case byte number: writer.Write(number); break;
            case sbyte number: writer.Write(number); break;
            case ushort number: writer.Write(number); break;
            case short number: writer.Write(number); break;
            case uint number: writer.Write(number); break;
            case int number: writer.Write(number); break;
            case ulong number: writer.Write(number); break;
            case long number: writer.Write(number); break;
            case float number: writer.Write(number); break;
            case double number: writer.Write(number); break;
            default:
                throw new ArgumentException(
                    $"Metadata key '{key}' has a value of type {value.GetType().Name}, which GGUF cannot store; use a string, bool, integer, float or a one-dimensional array of those.");
        }
    }

    private static GgufValueType TypeOf(string key, Type type)
    {
        if (type == typeof(string)) return GgufValueType.String;
        if (type == typeof(bool)) return GgufValueType.Bool;
        if (type == typeof(byte)) return GgufValueType.UInt8;
        if (type == typeof(sbyte)) return GgufValueType.Int8;
        if (type == typeof(ushort)) return GgufValueType.UInt16;
        if (type == typeof(short)) return GgufValueType.Int16;
        if (type == typeof(uint)) return GgufValueType.UInt32;
        if (type == typeof(int)) return GgufValueType.Int32;
        if (type == typeof(ulong)) return GgufValueType.UInt64;
        if (type == typeof(long)) return GgufValueType.Int64;
        if (type == typeof(float)) return GgufValueType.Float32;
        if (type == typeof(double)) return GgufValueType.Float64;
        throw new ArgumentException(
            $"Metadata key '{key}' has a value of type {type.Name}, which GGUF cannot store; use a string, bool, integer, float or a one-dimensional array of those.");
    }
}
