using Monkeys.Interactive.Runner;

namespace Monkeys.Interactive.Tests.Runner;

[Collection(NotebookCollection.Name)]
public sealed class NotebookRunnerTests
{
    private static NotebookRunner RunnerWritingTo(string folderName, double cellTimeoutSeconds = 120) =>
        new(new NotebookRunOptions(TestPaths.FreshOutputFolder(folderName), TimeSpan.FromSeconds(cellTimeoutSeconds)));

    [Fact]
    public async Task PassingNotebook_WritesOutputs()
    {
        var runner = RunnerWritingTo("passing");

        var result = await runner.RunAsync(TestPaths.TestNotebook("passing.ipynb"));

        Assert.Equal(NotebookRunStatus.Succeeded, result.Status);
        Assert.Null(result.FailedCellNumber);
        Assert.Equal(3, result.CodeCellsRun);
        var executed = ExecutedNotebook.Load(result.ExecutedPath!);
        Assert.Contains("hello from stdout", executed.TextOf(2));
        Assert.Contains("42", executed.TextOf(4));
        Assert.Equal(3, executed.Cells[3]!["execution_count"]!.GetValue<int>());
    }

    [Fact]
    public async Task DisplayUpdate_ReplacesOutputInPlace()
    {
        var runner = RunnerWritingTo("display-update");

        var result = await runner.RunAsync(TestPaths.TestNotebook("passing.ipynb"));

        var executed = ExecutedNotebook.Load(result.ExecutedPath!);
        string text = executed.TextOf(3);
        Assert.Equal(2, executed.Outputs(3).Count);
        Assert.Contains("first display", text);
        Assert.Contains("progress 2 of 2", text);
        Assert.DoesNotContain("progress 0 of 2", text);
    }

    [Fact]
    public async Task ExecutedCopy_IsNbformat45WithCellIds()
    {
        var runner = RunnerWritingTo("nbformat");

        var result = await runner.RunAsync(TestPaths.TestNotebook("passing.ipynb"));

        var executed = ExecutedNotebook.Load(result.ExecutedPath!);
        Assert.Equal(4, executed.Root["nbformat"]!.GetValue<int>());
        Assert.True(executed.Root["nbformat_minor"]!.GetValue<int>() >= 5);
        Assert.Equal(4, executed.Cells.Count);
        var ids = executed.Cells.Select(cell => cell!["id"]?.GetValue<string>()).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(executed.Cells, cell => Assert.NotNull(cell!["cell_type"]));
    }

    [Fact]
    public async Task FailingCell_NamesNotebookCellAndError()
    {
        var runner = RunnerWritingTo("failing-cell");
        string path = TestPaths.TestNotebook("failing-cell.ipynb");

        var result = await runner.RunAsync(path);

        Assert.Equal(NotebookRunStatus.CellFailed, result.Status);
        Assert.Equal(3, result.FailedCellNumber);
        Assert.Contains("boom from the third cell", result.Error);
        Assert.Contains("InvalidOperationException", result.Error);
        string line = result.Describe();
        Assert.Contains(path, line);
        Assert.Contains("cell 3", line);
        Assert.Contains("boom from the third cell", line);
    }

    [Fact]
    public async Task FailingCell_StopsAndRecordsError()
    {
        var runner = RunnerWritingTo("failing-cell-output");

        var result = await runner.RunAsync(TestPaths.TestNotebook("failing-cell.ipynb"));

        var executed = ExecutedNotebook.Load(result.ExecutedPath!);
        var error = Assert.Single(executed.Outputs(3))!.AsObject();
        Assert.Equal("error", error["output_type"]!.GetValue<string>());
        Assert.Contains("boom from the third cell", error["evalue"]!.GetValue<string>());
        Assert.Empty(executed.Outputs(4));
        Assert.Equal(2, result.CodeCellsRun);
    }

    [Fact]
    public async Task MissingReference_NamesPathAndCell()
    {
        var runner = RunnerWritingTo("missing-reference");

        var result = await runner.RunAsync(TestPaths.TestNotebook("missing-reference.ipynb"));

        Assert.Equal(NotebookRunStatus.CellFailed, result.Status);
        Assert.Equal(2, result.FailedCellNumber);
        Assert.Contains("Missing.Assembly.dll", result.Error);
        Assert.Contains("cell 2", result.Describe());
        Assert.Contains("missing-reference.ipynb", result.Describe());
    }

    [Fact]
    public async Task CompileError_ReportsCompilerDiagnostic()
    {
        var runner = RunnerWritingTo("compile-error");

        var result = await runner.RunAsync(TestPaths.TestNotebook("compile-error.ipynb"));

        Assert.Equal(NotebookRunStatus.CellFailed, result.Status);
        Assert.Equal(1, result.FailedCellNumber);
        Assert.Contains("CS0029", result.Error);
    }

    [Fact]
    public async Task UnreadableFile_IsReportedWithoutRunning()
    {
        var runner = RunnerWritingTo("unreadable");
        string path = TestPaths.TestNotebook("unreadable.ipynb");

        var result = await runner.RunAsync(path);

        Assert.Equal(NotebookRunStatus.Unreadable, result.Status);
        Assert.Null(result.ExecutedPath);
        Assert.Equal(0, result.CodeCellsRun);
        Assert.Contains("not a valid Jupyter .ipynb notebook", result.Error);
        Assert.Contains(path, result.Describe());
        Assert.Contains("cannot read", result.Describe());
    }

    [Fact]
    public async Task MissingFile_IsReportedAsUnreadable()
    {
        var runner = RunnerWritingTo("missing-file");
        string path = TestPaths.TestNotebook("no-such-notebook.ipynb");

        var result = await runner.RunAsync(path);

        Assert.Equal(NotebookRunStatus.Unreadable, result.Status);
        Assert.Contains("FileNotFoundException", result.Error);
        Assert.Contains("no-such-notebook.ipynb", result.Describe());
    }

    [Fact]
    public async Task SlowCell_TimesOut()
    {
        var runner = RunnerWritingTo("slow-cell", cellTimeoutSeconds: 3);

        var result = await runner.RunAsync(TestPaths.TestNotebook("slow-cell.ipynb"));

        Assert.Equal(NotebookRunStatus.CellTimedOut, result.Status);
        Assert.Equal(1, result.FailedCellNumber);
        Assert.Contains("cell timeout of 3 s", result.Error);
        Assert.Contains("cell 1 timed out", result.Describe());
        var executed = ExecutedNotebook.Load(result.ExecutedPath!);
        Assert.Empty(executed.Outputs(2));
    }

    [Fact]
    public async Task RelativePaths_ResolveAgainstNotebookFolder()
    {
        var runner = RunnerWritingTo("relative-paths");
        string before = Directory.GetCurrentDirectory();

        var result = await runner.RunAsync(TestPaths.TestNotebook("reads-sibling-file.ipynb"));

        Assert.Equal(NotebookRunStatus.Succeeded, result.Status);
        var executed = ExecutedNotebook.Load(result.ExecutedPath!);
        Assert.Contains("text beside the notebook", executed.TextOf(1));
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task DibNotebook_IsWrittenAsIpynb()
    {
        var runner = RunnerWritingTo("dib");

        var result = await runner.RunAsync(TestPaths.TestNotebook("passing.dib"));

        Assert.Equal(NotebookRunStatus.Succeeded, result.Status);
        Assert.EndsWith("passing.ipynb", result.ExecutedPath);
        var executed = ExecutedNotebook.Load(result.ExecutedPath!);
        Assert.Equal(2, executed.Cells.Count);
        Assert.Contains("5", executed.TextOf(2));
    }

    [Fact]
    public async Task RunAll_ContinuesAfterFailure()
    {
        var runner = RunnerWritingTo("run-all");

        var results = await runner.RunAllAsync(
        [
            TestPaths.TestNotebook("failing-cell.ipynb"),
            TestPaths.TestNotebook("passing.ipynb"),
        ]);

        Assert.Equal(2, results.Count);
        Assert.Equal(NotebookRunStatus.CellFailed, results[0].Status);
        Assert.Equal(NotebookRunStatus.Succeeded, results[1].Status);
    }
}
