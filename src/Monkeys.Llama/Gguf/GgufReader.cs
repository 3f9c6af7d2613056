using System.Text;

namespace Monkeys.Llama.Gguf;

/// <summary>
/// Reads a GGUF file (versions 2 and 3): header, every metadata key/value, tensor infos, and the data of F32 and F16
/// tensors. Errors name the file, the byte offset or key, and the problem.
/// </summary>
/// <remarks>
/// Metadata values come back as .NET values: string, bool, byte, sbyte, ushort, short, uint, int, ulong, long, float,
/// double, or a one-dimensional array of one of these (an array of arrays comes back as <c>object[]</c>).
/// </remarks>
public sealed class GgufReader
{
    // Limits that reject a corrupt length before it allocates gigabytes.
    private const ulong MaxStringBytes = 1UL << 26;
    private const ulong MaxCount = 1UL << 28;
    private const uint MaxDimensions = 4;

    private readonly Dictionary<string, object> _metadata = new(StringComparer.Ordinal);
    private readonly List<GgufTensorInfo> _tensors = new();

    private GgufReader(string path)
    {
        Path = path;
    }

    /// <summary>The file that was read.</summary>
    public string Path { get; }

    /// <summary>Format version from the header.</summary>
    public uint Version { get; private set; }

    /// <summary>Metadata keys and values, in file order.</summary>
    public IReadOnlyDictionary<string, object> Metadata => _metadata;

    /// <summary>Tensor infos, in file order.</summary>
    public IReadOnlyList<GgufTensorInfo> Tensors => _tensors;

    /// <summary>Absolute byte offset of the tensor data section.</summary>
    public long DataOffset { get; private set; }

    /// <summary>Total number of tensor elements (the model's parameter count).</summary>
    public long ParameterCount => _tensors.Sum(t => t.ElementCount);

    /// <summary>
    /// Reads the header, metadata and tensor infos of <paramref name="path"/> and checks that every tensor's data lies
    /// inside the file.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="GgufFormatException">The file is not valid GGUF.</exception>
    public static GgufReader Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"GGUF file '{path}' was not found; check the path.", path);
        }

        var reader = new GgufReader(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var binary = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            reader.ReadHeader(binary);
        }
        catch (EndOfStreamException e)
        {
            throw new GgufFormatException(
                $"GGUF file '{path}' ends early at byte {stream.Length} while reading the header; the file is truncated, copy or export it again.", e);
        }

        return reader;
    }

    /// <summary>Returns the value of <paramref name="key"/> converted to <typeparamref name="T"/>, or throws naming the key.</summary>
    /// <exception cref="GgufFormatException">The key is missing or has another type.</exception>
    public T Get<T>(string key)
    {
        if (!_metadata.TryGetValue(key, out var value))
        {
            throw new GgufFormatException($"GGUF file '{Path}' has no metadata key '{key}'; the file was not written for this use.");
        }

        if (value is T typed)
        {
            return typed;
        }

        try
        {
            return (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException or FormatException)
        {
            throw new GgufFormatException(
                $"GGUF file '{Path}' metadata key '{key}' has type {value.GetType().Name}, expected {typeof(T).Name}.", e);
        }
    }

    /// <summary>
    /// Reads the llama hyper-parameters from the <c>llama.*</c> keys.
    /// </summary>
    /// <exception cref="GgufFormatException">The architecture is not llama or a required key is missing.</exception>
    public LlamaConfig ReadLlamaConfig()
    {
        string architecture = Get<string>("general.architecture");
        if (architecture != "llama")
        {
            throw new GgufFormatException($"GGUF file '{Path}' has architecture '{architecture}'; only 'llama' models are supported here.");
        }

        int headCount = Get<int>("llama.attention.head_count");
        return new LlamaConfig(
            Get<int>("llama.context_length"),
            Get<int>("llama.embedding_length"),
            Get<int>("llama.block_count"),
            Get<int>("llama.feed_forward_length"),
            headCount,
            _metadata.ContainsKey("llama.attention.head_count_kv") ? Get<int>("llama.attention.head_count_kv") : headCount,
            Get<float>("llama.attention.layer_norm_rms_epsilon"),
            _metadata.ContainsKey("llama.rope.freq_base") ? Get<float>("llama.rope.freq_base") : 10000f,
            _metadata.TryGetValue("general.name", out var name) && name is string text ? text : "");
    }

    /// <summary>
    /// Reads the data of tensor <paramref name="name"/> as floats (F32 as is, F16 widened).
    /// </summary>
    /// <exception cref="KeyNotFoundException">No tensor has that name.</exception>
    /// <exception cref="GgufFormatException">The tensor's type is not F32 or F16.</exception>
    public GgufTensor ReadTensor(string name)
    {
        var info = _tensors.FirstOrDefault(t => t.Name == name)
            ?? throw new KeyNotFoundException($"GGUF file '{Path}' has no tensor '{name}'; it has {_tensors.Count} tensors.");

        int elementSize = info.TypeCode switch
        {
            (uint)GgufTensorType.F32 => 4,
            (uint)GgufTensorType.F16 => 2,
            _ => throw new GgufFormatException(
                $"GGUF file '{Path}' tensor '{name}' has ggml type {info.TypeCode}; only F32 (0) and F16 (1) data can be read here."),
        };

        var bytes = new byte[info.ElementCount * elementSize];
        using (var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            stream.Position = DataOffset + (long)info.Offset;
            stream.ReadExactly(bytes);
        }

        var data = new float[info.ElementCount];
        if (elementSize == 4)
        {
            Buffer.BlockCopy(bytes, 0, data, 0, bytes.Length);
        }
        else
        {
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (float)BitConverter.ToHalf(bytes, i * 2);
            }
        }

        return new GgufTensor(name, info.Shape, data);
    }

    private void ReadHeader(BinaryReader reader)
    {
        var stream = reader.BaseStream;
        uint magic = reader.ReadUInt32();
        if (magic != GgufFormat.Magic)
        {
            throw new GgufFormatException(
                $"File '{Path}' does not start with the GGUF magic bytes (found 0x{magic:X8} at byte 0); it is not a GGUF model file.");
        }

        Version = reader.ReadUInt32();
        if (Version is not (2 or 3))
        {
            throw new GgufFormatException(
                $"GGUF file '{Path}' has format version {Version} at byte 4; only versions 2 and 3 are supported.");
        }

        ulong tensorCount = ReadCount(reader, "tensor count");
        ulong metadataCount = ReadCount(reader, "metadata count");

        for (ulong i = 0; i < metadataCount; i++)
        {
            long keyOffset = stream.Position;
            string key = ReadString(reader, $"metadata key #{i}");
            if (_metadata.ContainsKey(key))
            {
                throw new GgufFormatException($"GGUF file '{Path}' repeats metadata key '{key}' at byte {keyOffset}; the file is corrupt.");
            }

            var type = (GgufValueType)reader.ReadUInt32();
            _metadata[key] = ReadValue(reader, type, key);
        }

        for (ulong i = 0; i < tensorCount; i++)
        {
            _tensors.Add(ReadTensorInfo(reader, i));
        }

        long alignment = _metadata.TryGetValue("general.alignment", out var value) && value is uint a ? a : GgufFormat.DefaultAlignment;
        if (alignment == 0 || (alignment & (alignment - 1)) != 0)
        {
            throw new GgufFormatException($"GGUF file '{Path}' key 'general.alignment' is {alignment}; it must be a power of two.");
        }

        DataOffset = GgufFormat.Align(stream.Position, alignment);
        CheckTensorBounds(stream.Length, alignment);
    }

    private GgufTensorInfo ReadTensorInfo(BinaryReader reader, ulong index)
    {
        long start = reader.BaseStream.Position;
        string name = ReadString(reader, $"tensor #{index} name");
        uint dimensionCount = reader.ReadUInt32();
        if (dimensionCount is 0 or > MaxDimensions)
        {
            throw new GgufFormatException(
                $"GGUF file '{Path}' tensor '{name}' (info at byte {start}) has {dimensionCount} dimensions; ggml allows 1 to {MaxDimensions}. The file is corrupt.");
        }

        var shape = new long[dimensionCount];
        for (int d = 0; d < dimensionCount; d++)
        {
            ulong dimension = reader.ReadUInt64();
            if (dimension is 0 or > (1UL << 40))
            {
                throw new GgufFormatException(
                    $"GGUF file '{Path}' tensor '{name}' (info at byte {start}) has dimension {d} = {dimension}; the file is corrupt.");
            }

            shape[d] = (long)dimension;
        }

        uint typeCode = reader.ReadUInt32();
        ulong offset = reader.ReadUInt64();
        return new GgufTensorInfo(name, shape, typeCode, offset);
    }

    private void CheckTensorBounds(long fileLength, long alignment)
    {
        foreach (var info in _tensors)
        {
            if ((long)(info.Offset % (ulong)alignment) != 0)
            {
                throw new GgufFormatException(
                    $"GGUF file '{Path}' tensor '{info.Name}' has data offset {info.Offset}, not a multiple of the alignment {alignment}; the file is corrupt.");
            }

            // Quantized types have block sizes we do not decode; only F32/F16 sizes are checked exactly.
            long size = info.TypeCode switch
            {
                (uint)GgufTensorType.F32 => info.ElementCount * 4,
                (uint)GgufTensorType.F16 => info.ElementCount * 2,
                _ => 0,
            };
            long end = DataOffset + (long)info.Offset + size;
            if (end > fileLength)
            {
                throw new GgufFormatException(
                    $"GGUF file '{Path}' tensor '{info.Name}' needs bytes up to {end} but the file has {fileLength}; the file is truncated, copy or export it again.");
            }
        }
    }

    private ulong ReadCount(BinaryReader reader, string what)
    {
        long offset = reader.BaseStream.Position;
        ulong count = reader.ReadUInt64();
        if (count > MaxCount)
        {
            throw new GgufFormatException($"GGUF file '{Path}' has {what} {count} at byte {offset}; the file is corrupt.");
        }

        return count;
    }

    private string ReadString(BinaryReader reader, string what)
    {
        long offset = reader.BaseStream.Position;
        ulong length = reader.ReadUInt64();
        if (length > MaxStringBytes || (long)length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new GgufFormatException(
                $"GGUF file '{Path}' has a string of length {length} for {what} at byte {offset}, past the end of the file; the file is corrupt.");
        }

        return Encoding.UTF8.GetString(reader.ReadBytes((int)length));
    }

    private object ReadValue(BinaryReader reader, GgufValueType type, string key)
    {
        long offset = reader.BaseStream.Position;
        switch (type)
        {
            case GgufValueType.UInt8: return reader.ReadByte();
            case GgufValueType.Int8: return reader.ReadSByte();
            case GgufValueType.UInt16: return reader.ReadUInt16();
            case GgufValueType.Int16: return reader.ReadInt16();
            case GgufValueType.UInt32: return reader.ReadUInt32();
            case GgufValueType.Int32: return reader.ReadInt32();
            case GgufValueType.Float32: return reader.ReadSingle();
            case GgufValueType.Bool:
                byte flag = reader.ReadByte();
                if (flag > 1)
                {
                    throw new GgufFormatException($"GGUF file '{Path}' key '{key}' has bool byte {flag} at byte {offset}; only 0 and 1 are valid.");
                }

                return flag == 1;
            case GgufValueType.String: return ReadString(reader, $"key '{key}'");
            case GgufValueType.UInt64: return reader.ReadUInt64();
            case GgufValueType.Int64: return reader.ReadInt64();
            case GgufValueType.Float64: return reader.ReadDouble();
            case GgufValueType.Array: return ReadArray(reader, key);
            default:
                throw new GgufFormatException(
                    $"GGUF file '{Path}' key '{key}' has unknown value type {(uint)type} at byte {offset - 4}; the file is corrupt or from a newer GGUF version.");
        }
    }

    private object ReadArray(BinaryReader reader, string key)
    {
        var elementType = (GgufValueType)reader.ReadUInt32();
        ulong count = ReadCount(reader, $"array length of key '{key}'");
        Array array = elementType switch
        {
            GgufValueType.UInt8 => new byte[count],
            GgufValueType.Int8 => new sbyte[count],
            GgufValueType.UInt16 => new ushort[count],
            GgufValueType.Int16 => new short[count],
            GgufValueType.UInt32 => new uint[count],
            GgufValueType.Int32 => new int[count],
            GgufValueType.Float32 => new float[count],
            GgufValueType.Bool => new bool[count],
            GgufValueType.String => new string[count],
            GgufValueType.UInt64 => new ulong[count],
            GgufValueType.Int64 => new long[count],
            GgufValueType.Float64 => new double[count],
            GgufValueType.Array => new object[count],
            _ => throw new GgufFormatException(
                $"GGUF file '{Path}' key '{key}' is an array of unknown value type {(uint)elementType}; the file is corrupt."),
        };

        for (ulong i = 0; i < count; i++)
        {
            array.SetValue(ReadValue(reader, elementType, key), (long)i);
        }

        return array;
    }
}
