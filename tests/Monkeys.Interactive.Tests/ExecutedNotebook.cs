using System.Text.Json.Nodes;

namespace Monkeys.Interactive.Tests;

/// <summary>Reads an executed .ipynb as plain JSON, independently of the runner's own reader.</summary>
internal sealed class ExecutedNotebook
{
    private ExecutedNotebook(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public JsonArray Cells => Root["cells"]!.AsArray();

    public static ExecutedNotebook Load(string path) =>
        new(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>The outputs of the cell at 1-based position <paramref name="cellNumber"/>.</summary>
    public JsonArray Outputs(int cellNumber) => Cells[cellNumber - 1]!["outputs"]?.AsArray() ?? [];

    public IEnumerable<JsonObject> AllOutputs() =>
        Cells.SelectMany(cell => cell!["outputs"]?.AsArray() ?? []).Select(output => output!.AsObject());

    /// <summary>Text of stream outputs and of every text/plain or text/html value of one cell.</summary>
    public string TextOf(int cellNumber)
    {
        var parts = new List<string>();
        foreach (var output in Outputs(cellNumber).Select(o => o!.AsObject()))
        {
            parts.Add(Join(output["text"]));
            if (output["data"] is JsonObject data)
            {
                parts.Add(Join(data["text/plain"]));
                parts.Add(Join(data["text/html"]));
            }

            parts.Add(Join(output["evalue"]));
        }

        return string.Join("\n", parts);
    }

    private static string Join(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>())),
        _ => node.GetValue<string>(),
    };
}
