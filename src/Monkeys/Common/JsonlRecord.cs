using System.Text.Json;
using System.Text.Json.Nodes;

namespace Monkeys.Common;

/// <summary>One JSON object read from a JSON Lines file, with the place it came from for error messages.</summary>
/// <param name="FilePath">File the line belongs to.</param>
/// <param name="LineNumber">1-based line number in that file.</param>
/// <param name="Fields">The parsed object.</param>
public sealed record JsonlRecord(string FilePath, int LineNumber, JsonObject Fields)
{
    /// <summary>Returns the string field <paramref name="name"/>.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="fix">Sentence telling the user how to correct the file, used when the field is missing or not a string.</param>
    /// <exception cref="InputFormatException">The field is missing, null or not a JSON string.</exception>
    public string GetRequiredString(string name, string fix)
    {
        if (!Fields.TryGetPropertyValue(name, out JsonNode? node) || node is null)
        {
            throw new InputFormatException(FilePath, LineNumber, $"Field '{name}' is missing.", fix);
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw new InputFormatException(FilePath, LineNumber, $"Field '{name}' is a JSON {node.GetValueKind()}, not a string.", fix);
        }

        return node.GetValue<string>();
    }
}
