using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Monkeys.Verification;

namespace Monkeys.Samples.Store;

/// <summary>
/// The JSON shape of one <c>samples.jsonl</c> line. Version 1 fields: <c>v</c> (format version),
/// <c>problem_id</c>, <c>index</c>, <c>seed</c>, <c>text</c>, <c>token_count</c>, <c>finish_reason</c>
/// (<c>stop</c> or <c>length</c>), <c>log_probability</c> (null when the sampler reported none),
/// <c>verdict</c> (<c>correct</c>, <c>incorrect</c>, <c>no_answer</c>, <c>error</c>),
/// <c>extracted_answer</c>, <c>reward_score</c> and <c>detail</c> (each null when absent).
/// </summary>
public static class SampleRecordFormat
{
    /// <summary>Format version this toolkit writes and reads.</summary>
    public const int Version = 1;

    // Sample text is read by people too: keep '+', '<' and non-ASCII letters as they are. Quotes, backslashes
    // and control characters (newlines included) are still escaped, so every record stays on one line.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Encodes a record as one line of UTF-8 JSON, including the trailing newline.</summary>
    public static byte[] Encode(SampleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var buffer = new ArrayBufferWriter<byte>(256 + record.Sample.Text.Length * 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Sample sample = record.Sample;
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("problem_id", sample.ProblemId);
            writer.WriteNumber("index", sample.Index);
            writer.WriteNumber("seed", sample.Seed);
            writer.WriteString("text", sample.Text);
            writer.WriteNumber("token_count", sample.TokenCount);
            writer.WriteString("finish_reason", FinishReasonName(sample.FinishReason));
            WriteNullableNumber(writer, "log_probability", double.IsFinite(sample.LogProbability) ? sample.LogProbability : null);
            writer.WriteString("verdict", VerdictName(record.Verdict));
            writer.WriteString("extracted_answer", record.ExtractedAnswer);
            WriteNullableNumber(writer, "reward_score", record.RewardScore is double score && double.IsFinite(score) ? score : null);
            writer.WriteString("detail", record.Detail);
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Decodes one line (without its newline).</summary>
    /// <param name="line">UTF-8 JSON of one record.</param>
    /// <param name="path">File the line came from, for error messages.</param>
    /// <param name="lineNumber">One-based line number, for error messages.</param>
    /// <exception cref="SampleStoreFormatException">The line is not valid JSON, lacks a field, has an invalid value or another format version.</exception>
    public static SampleRecord Decode(ReadOnlySpan<byte> line, string path, int lineNumber)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(line);
            document = JsonDocument.ParseValue(ref reader);
            if (reader.BytesConsumed < line.Length && !IsWhiteSpace(line[(int)reader.BytesConsumed..]))
            {
                throw new SampleStoreFormatException(path, lineNumber, "the line contains text after the JSON object");
            }
        }
        catch (JsonException exception)
        {
            throw new SampleStoreFormatException(path, lineNumber, $"invalid JSON ({exception.Message})", exception);
        }

        using (document)
        {
            return Read(document.RootElement, new LineContext(path, lineNumber));
        }
    }

    private static SampleRecord Read(JsonElement root, LineContext line)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw line.Error($"expected a JSON object, found {root.ValueKind}");
        }

        int version = line.RequiredInt(root, "v");
        if (version != Version)
        {
            throw line.Error(
                $"record format version {version} is not supported: this Monkeys version reads version {Version}",
                "Read it with the Monkeys version that wrote it.");
        }

        var sample = new Sample(
            line.RequiredString(root, "problem_id"),
            line.RequiredInt(root, "index"),
            line.RequiredUInt64(root, "seed"),
            line.RequiredString(root, "text"),
            line.RequiredInt(root, "token_count"),
            ParseFinishReason(line.RequiredString(root, "finish_reason"), line),
            line.OptionalDouble(root, "log_probability") ?? double.NaN);

        if (sample.Index < 0)
        {
            throw line.Error($"field 'index' is {sample.Index}, expected 0 or more");
        }

        return new SampleRecord(
            sample,
            ParseVerdict(line.RequiredString(root, "verdict"), line),
            line.OptionalString(root, "extracted_answer"),
            line.OptionalDouble(root, "reward_score"),
            line.OptionalString(root, "detail"));
    }

    /// <summary>Returns the name a finish reason has in the file.</summary>
    public static string FinishReasonName(FinishReason reason) => reason switch
    {
        FinishReason.Stop => "stop",
        FinishReason.Length => "length",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Expected Stop or Length."),
    };

    /// <summary>Returns the name a verdict has in the file.</summary>
    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.Correct => "correct",
        Verdict.Incorrect => "incorrect",
        Verdict.NoAnswer => "no_answer",
        Verdict.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Expected Correct, Incorrect, NoAnswer or Error."),
    };

    private static FinishReason ParseFinishReason(string name, LineContext line) => name switch
    {
        "stop" => FinishReason.Stop,
        "length" => FinishReason.Length,
        _ => throw line.Error($"field 'finish_reason' is '{name}', expected 'stop' or 'length'"),
    };

    private static Verdict ParseVerdict(string name, LineContext line) => name switch
    {
        "correct" => Verdict.Correct,
        "incorrect" => Verdict.Incorrect,
        "no_answer" => Verdict.NoAnswer,
        "error" => Verdict.Error,
        _ => throw line.Error($"field 'verdict' is '{name}', expected 'correct', 'incorrect', 'no_answer' or 'error'"),
    };

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static bool IsWhiteSpace(ReadOnlySpan<byte> bytes)
    {
        foreach (byte b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Field readers that turn a wrong or missing field into an error naming the file and line.</summary>
    private readonly record struct LineContext(string Path, int LineNumber)
    {
        public SampleStoreFormatException Error(string problem, string? fix = null) => new(Path, LineNumber, problem, fix: fix);

        public string RequiredString(JsonElement root, string name)
        {
            JsonElement value = Required(root, name);
            return value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw Error($"field '{name}' is {value.ValueKind}, expected a string");
        }

        public string? OptionalString(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw Error($"field '{name}' is {value.ValueKind}, expected a string or null");
        }

        public int RequiredInt(JsonElement root, string name)
        {
            JsonElement value = Required(root, name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number)
                ? number
                : throw Error($"field '{name}' is {value.GetRawText()}, expected a 32-bit integer");
        }

        public ulong RequiredUInt64(JsonElement root, string name)
        {
            JsonElement value = Required(root, name);
            return value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out ulong number)
                ? number
                : throw Error($"field '{name}' is {value.GetRawText()}, expected an unsigned 64-bit integer");
        }

        public double? OptionalDouble(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.Number
                ? value.GetDouble()
                : throw Error($"field '{name}' is {value.GetRawText()}, expected a number or null");
        }

        private JsonElement Required(JsonElement root, string name) =>
            root.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null
                ? value
                : throw Error($"field '{name}' is missing");
    }
}
