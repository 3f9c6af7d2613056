using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monkeys.Analysis.Import;

/// <summary>The JSON shape of one <c>monkey_business</c> row, before checking.</summary>
internal sealed class MonkeyBusinessJsonRow
{
    [JsonPropertyName("orig_dset_split")]
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? Split { get; set; }

    [JsonPropertyName("orig_dset_idx")]
    public long? Index { get; set; }

    [JsonPropertyName("question")]
    public string? Question { get; set; }

    [JsonPropertyName("prompt")]
    public string? Prompt { get; set; }

    [JsonPropertyName("gt_answer")]
    [JsonConverter(typeof(TextOrNumberConverter))]
    public string? GroundTruth { get; set; }

    [JsonPropertyName("samples")]
    public List<string>? Samples { get; set; }

    [JsonPropertyName("is_corrects")]
    public List<bool>? IsCorrects { get; set; }

    /// <summary>Reads a JSON string as is and a JSON number as its literal text.</summary>
    internal sealed class TextOrNumberConverter : JsonConverter<string?>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a string or a number but found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
