using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Monkeys.Interactive.Runner;

/// <summary>
/// Reads <c>.ipynb</c> and <c>.dib</c> notebooks and writes executed notebooks as Jupyter nbformat 4.5
/// (the minor version that introduced cell ids).
/// </summary>
public static class NotebookDocuments
{
    /// <summary>Kernel name of markdown cells, which the runner keeps but never executes.</summary>
    public const string MarkdownKernelName = "markdown";

    private const string PolyglotMetadataKey = "polyglot_notebook";

    /// <summary>Kernel names the runner knows: C# (the default) and markdown.</summary>
    public static KernelInfoCollection KernelInfos()
    {
        var infos = new KernelInfoCollection
        {
            new KernelInfo(NotebookKernelFactory.CSharpKernelName, "C#", ["c#", "C#", "cs"]),
            new KernelInfo(MarkdownKernelName, "Markdown", ["md"]),
        };
        infos.DefaultKernelName = NotebookKernelFactory.CSharpKernelName;
        return infos;
    }

    /// <summary>Reads a notebook, choosing the format by extension (<c>.dib</c> or else Jupyter).</summary>
    /// <exception cref="NotebookReadException">The file is missing, unreadable or not a valid notebook.</exception>
    public static InteractiveDocument Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return IsDib(path)
                ? CodeSubmission.Read(stream, KernelInfos())
                : Notebook.Read(stream, KernelInfos());
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new NotebookReadException(path, $"{error.GetType().Name}: {error.Message}", error);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
        {
            throw new NotebookReadException(
                path,
                $"not a valid {(IsDib(path) ? ".dib" : "Jupyter .ipynb")} notebook ({error.GetType().Name}: {error.Message})",
                error);
        }
    }

    /// <summary>
    /// Writes <paramref name="document"/> as a Jupyter notebook at <paramref name="path"/>, with
    /// <c>nbformat</c> 4, <c>nbformat_minor</c> at least 5 and an <c>id</c> on every cell.
    /// </summary>
    public static void WriteJupyter(InteractiveDocument document, string path)
    {
        // Microsoft.DotNet.Interactive.Documents 1.0.0-beta.26120.1 reads the polyglot_notebook
        // metadata into plain dictionaries but casts them to KernelInfoCollection when writing
        // (InvalidCastException). Without the entry, the writer recreates it from its kernel list.
        document.Metadata.Remove(PolyglotMetadataKey);
        string json = Notebook.ToJupyterJson(document, "C#");
        var root = JsonNode.Parse(json)?.AsObject()
            ?? throw new InvalidOperationException($"Microsoft.DotNet.Interactive.Documents wrote an empty notebook for {path}.");

        root["nbformat"] = 4;
        int minor = root["nbformat_minor"]?.GetValue<int>() ?? 0;
        root["nbformat_minor"] = Math.Max(minor, 5);

        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        int cellNumber = 0;
        foreach (var cell in root["cells"]?.AsArray() ?? [])
        {
            cellNumber++;
            if (cell is not JsonObject cellObject)
            {
                continue;
            }

            string? id = cellObject["id"]?.GetValue<string>();
            if (string.IsNullOrEmpty(id) || !usedIds.Add(id))
            {
                id = $"cell-{cellNumber}";
                usedIds.Add(id);
                cellObject["id"] = id;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static bool IsDib(string path) =>
        string.Equals(Path.GetExtension(path), ".dib", StringComparison.OrdinalIgnoreCase);
}
