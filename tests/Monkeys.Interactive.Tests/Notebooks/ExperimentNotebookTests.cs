using System.Text.RegularExpressions;
using Monkeys.Interactive.Runner;
using Xunit.Abstractions;

namespace Monkeys.Interactive.Tests.Notebooks;

/// <summary>
/// Runs every notebook in the repository's notebooks/ folder through the headless runner. The executed
/// copies land in the test output folder under executed/notebooks.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed partial class ExperimentNotebookTests(ITestOutputHelper output)
{
    private static readonly string NotebookFolder = Path.Combine(TestPaths.RepositoryRoot(), "notebooks");
    private static readonly string ModelFolder = Path.Combine(TestPaths.RepositoryRoot(), "data", "models");

    public static TheoryData<string> NotebookNames()
    {
        var names = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(NotebookFolder, "*.ipynb").Order(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".executed.ipynb", StringComparison.Ordinal))
            {
                names.Add(Path.GetFileName(path));
            }
        }

        return names;
    }

    [Fact]
    public void NotebookFolder_HasSixExperiments()
    {
        Assert.Equal(
            [
                "01-quickstart.ipynb",
                "02-coverage-scaling.ipynb",
                "03-power-law-fits.ipynb",
                "04-compute-cost.ipynb",
                "05-majority-vote-vs-reward-model.ipynb",
                "06-bring-your-own.ipynb",
            ],
            NotebookNames().Cast<object[]>().Select(row => (string)row[0]));
    }

    [SkippableTheory]
    [MemberData(nameof(NotebookNames))]
    public async Task Notebook_RunsAndShowsFigure(string fileName)
    {
        string path = Path.Combine(NotebookFolder, fileName);
        var missingModels = BundledModelNames(File.ReadAllText(path))
            .Where(name => !File.Exists(Path.Combine(ModelFolder, name + ".gguf")))
            .ToList();
        Skip.If(
            missingModels.Count > 0,
            $"{fileName} needs the bundled model(s) {string.Join(", ", missingModels)}, which are not in data/models yet; train them with tools/TinyModels.");

        var runner = new NotebookRunner(new NotebookRunOptions(
            Path.Combine(AppContext.BaseDirectory, "executed", "notebooks"), TimeSpan.FromMinutes(5)));

        var result = await runner.RunAsync(path);

        output.WriteLine(result.Describe());
        Assert.True(result.Succeeded, result.Describe());
        var executed = ExecutedNotebook.Load(result.ExecutedPath!);
        var outputs = executed.AllOutputs().ToList();
        Assert.DoesNotContain(outputs, o => o["output_type"]!.GetValue<string>() == "error");
        Assert.Contains(outputs, o => o["data"] is System.Text.Json.Nodes.JsonObject data && data.ContainsKey("image/png"));
    }

    /// <summary>Names of the bundled models a notebook mentions, e.g. <c>monkey-small</c>.</summary>
    private static IEnumerable<string> BundledModelNames(string notebookText) =>
        BundledModelPattern().Matches(notebookText).Select(match => match.Value).Distinct();

    [GeneratedRegex(@"monkey-(small|medium|large|verifier)\b")]
    private static partial Regex BundledModelPattern();
}
