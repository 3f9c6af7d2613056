namespace Monkeys.Interactive.Runner;

/// <summary>The outcome of running one notebook.</summary>
/// <param name="NotebookPath">Full path of the notebook that was run.</param>
/// <param name="Status">How the run ended.</param>
/// <param name="ExecutedPath">Path of the executed copy with outputs, or null when the notebook could not be read.</param>
/// <param name="FailedCellNumber">1-based position of the failed cell among all cells (markdown included), or null.</param>
/// <param name="Error">The error message of the failed cell or of the read failure, or null on success.</param>
/// <param name="CodeCellsRun">Number of code cells that ran, the failed one included.</param>
/// <param name="Elapsed">Wall-clock time spent on this notebook, kernel start included.</param>
public sealed record NotebookRunResult(
    string NotebookPath,
    NotebookRunStatus Status,
    string? ExecutedPath,
    int? FailedCellNumber,
    string? Error,
    int CodeCellsRun,
    TimeSpan Elapsed)
{
    /// <summary>True when every code cell ran without error.</summary>
    public bool Succeeded => Status == NotebookRunStatus.Succeeded;

    /// <summary>
    /// Formats the result as one line that names the notebook, the cell and the cause, e.g.
    /// <c>notebooks/01.ipynb: cell 4 failed: (3,1): error CS0103: …</c>.
    /// </summary>
    public string Describe() => Status switch
    {
        NotebookRunStatus.Succeeded =>
            $"{NotebookPath}: ok, {CodeCellsRun} code cells in {Elapsed.TotalSeconds:F1} s, written to {ExecutedPath}",
        NotebookRunStatus.CellFailed =>
            $"{NotebookPath}: cell {FailedCellNumber} failed: {Error}",
        NotebookRunStatus.CellTimedOut =>
            $"{NotebookPath}: cell {FailedCellNumber} timed out: {Error}",
        _ =>
            $"{NotebookPath}: cannot read the notebook: {Error}",
    };
}
