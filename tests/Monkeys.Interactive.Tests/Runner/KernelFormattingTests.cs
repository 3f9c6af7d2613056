using System.Text.Json.Nodes;
using Monkeys.Interactive.Runner;

namespace Monkeys.Interactive.Tests.Runner;

/// <summary>Runs a notebook that loads Monkeys.Interactive by path and checks what each cell displayed.</summary>
[Collection(NotebookCollection.Name)]
public sealed class KernelFormattingTests
{
    private static async Task<(NotebookRunResult Result, ExecutedNotebook Notebook)> RunFormattersNotebook(string folder)
    {
        var runner = new NotebookRunner(new NotebookRunOptions(TestPaths.FreshOutputFolder(folder), TimeSpan.FromMinutes(2)));
        var result = await runner.RunAsync(TestPaths.TestNotebook("formatters.ipynb"));
        Assert.True(result.Succeeded, result.Describe());
        return (result, ExecutedNotebook.Load(result.ExecutedPath!));
    }

    private static JsonObject OnlyData(ExecutedNotebook notebook, int cellNumber) =>
        Assert.Single(notebook.Outputs(cellNumber))!["data"]!.AsObject();

    [Fact]
    public async Task Plot_DisplaysAsPng()
    {
        var (_, notebook) = await RunFormattersNotebook("kernel-plot");

        var data = OnlyData(notebook, 4);

        string base64 = string.Concat(data["image/png"]!.AsArray().Select(line => line!.GetValue<string>()));
        byte[] png = Convert.FromBase64String(base64);
        Assert.True(PngHeader.HasSignature(png));
        Assert.Equal((600, 400), PngHeader.Size(png));
    }

    [Fact]
    public async Task DataFrame_DisplaysAsTable()
    {
        var (_, notebook) = await RunFormattersNotebook("kernel-dataframe");

        string html = notebook.TextOf(5);

        Assert.Contains("<table>", html);
        Assert.Contains("<th>coverage</th>", html);
        Assert.Contains("<td>0.75</td>", html);
    }

    [Fact]
    public async Task LoadAsync_LoadsDataFrameExtensionOnce()
    {
        var (_, notebook) = await RunFormattersNotebook("kernel-extensions");

        Assert.Contains("loaded: Microsoft.Data.Analysis.Interactive.DataFrameKernelExtension; loaded again: 0", notebook.TextOf(3));
    }

    [Fact]
    public async Task Progress_UpdatesOneOutput()
    {
        var (_, notebook) = await RunFormattersNotebook("kernel-progress");

        var output = Assert.Single(notebook.Outputs(6));
        Assert.Equal("step 1000 of 1000", notebook.TextOf(6).Trim());
        Assert.Equal("display_data", output!["output_type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Formatters_ResetBetweenNotebooks()
    {
        var runner = new NotebookRunner(new NotebookRunOptions(TestPaths.FreshOutputFolder("formatter-reset"), TimeSpan.FromMinutes(2)));

        var results = await runner.RunAllAsync(
            [TestPaths.TestNotebook("registers-formatter.ipynb"), TestPaths.TestNotebook("returns-int.ipynb")]);

        Assert.All(results, result => Assert.True(result.Succeeded, result.Describe()));
        Assert.Contains("custom int formatter", ExecutedNotebook.Load(results[0].ExecutedPath!).TextOf(1));
        string second = ExecutedNotebook.Load(results[1].ExecutedPath!).TextOf(1);
        Assert.DoesNotContain("custom int formatter", second);
        Assert.Contains("7", second);
    }
}
