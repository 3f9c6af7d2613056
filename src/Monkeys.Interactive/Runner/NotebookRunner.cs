using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;

namespace Monkeys.Interactive.Runner;

/// <summary>
/// Runs notebooks headless, cell by cell, in the current process: a fresh kernel per notebook, the
/// notebook's own folder as working directory (so relative <c>#r</c> paths resolve as they do in an
/// editor), and the executed copy written as a Jupyter notebook with outputs. A notebook stops at its
/// first failed or timed-out cell.
/// </summary>
/// <remarks>
/// Not thread-safe: the working directory and the formatter registrations are process-wide, so
/// notebooks run one after another. A cell that ignores cancellation keeps running on its thread
/// after a timeout until the process exits; the runner moves on and reports the timeout.
/// </remarks>
public sealed class NotebookRunner
{
    private readonly NotebookRunOptions _options;
    private readonly TextWriter? _log;

    /// <summary>Creates a runner.</summary>
    /// <param name="options">Output folder and cell timeout.</param>
    /// <param name="log">Receives one line per cell as it starts, or null for silence.</param>
    public NotebookRunner(NotebookRunOptions options, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.CellTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.CellTimeout, "The cell timeout must be positive.");
        }

        _options = options;
        _log = log;
    }

    /// <summary>Runs each notebook in turn and returns one result per notebook, in input order.</summary>
    /// <remarks>A failed notebook does not stop the others.</remarks>
    public async Task<IReadOnlyList<NotebookRunResult>> RunAllAsync(
        IEnumerable<string> notebookPaths, CancellationToken cancellationToken = default)
    {
        var results = new List<NotebookRunResult>();
        foreach (string path in notebookPaths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.Add(await RunAsync(path, cancellationToken));
        }

        return results;
    }

    /// <summary>Runs one notebook and writes its executed copy.</summary>
    public async Task<NotebookRunResult> RunAsync(string notebookPath, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        string fullPath = Path.GetFullPath(notebookPath);

        InteractiveDocument document;
        try
        {
            document = NotebookDocuments.Read(fullPath);
        }
        catch (NotebookReadException error)
        {
            return new NotebookRunResult(fullPath, NotebookRunStatus.Unreadable, null, null, error.Reason, 0, stopwatch.Elapsed);
        }

        string previousDirectory = Directory.GetCurrentDirectory();
        NotebookRunResult result;
        try
        {
            Directory.SetCurrentDirectory(Path.GetDirectoryName(fullPath)!);
            using var kernel = NotebookKernelFactory.Create();
            result = await RunCellsAsync(kernel, document, fullPath, stopwatch, cancellationToken);
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
        }

        NotebookDocuments.WriteJupyter(document, result.ExecutedPath!);
        return result with { Elapsed = stopwatch.Elapsed };
    }

    /// <summary>Returns where the executed copy of <paramref name="notebookPath"/> is written.</summary>
    public string ExecutedPathFor(string notebookPath)
    {
        string name = Path.GetFileNameWithoutExtension(notebookPath);
        return _options.OutputDirectory is null
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!, name + ".executed.ipynb")
            : Path.Combine(Path.GetFullPath(_options.OutputDirectory), name + ".ipynb");
    }

    private async Task<NotebookRunResult> RunCellsAsync(
        Kernel kernel, InteractiveDocument document, string fullPath, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        string executedPath = ExecutedPathFor(fullPath);
        int codeCellsRun = 0;
        int cellNumber = 0;
        foreach (var cell in document.Elements)
        {
            cellNumber++;
            if (cell.KernelName == NotebookDocuments.MarkdownKernelName)
            {
                continue;
            }

            cell.Outputs.Clear();
            if (string.IsNullOrWhiteSpace(cell.Contents))
            {
                continue;
            }

            codeCellsRun++;
            cell.ExecutionOrder = codeCellsRun;
            _log?.WriteLine($"{Path.GetFileName(fullPath)}: cell {cellNumber} ({codeCellsRun}. code cell)");

            if (!IsCSharp(cell.KernelName))
            {
                string unsupported = $"the cell's kernel is '{cell.KernelName}', but the runner runs C# cells only; change the cell to C# or remove it";
                cell.Outputs.Add(new ErrorElement(unsupported, "NotSupportedException", []));
                return new NotebookRunResult(fullPath, NotebookRunStatus.CellFailed, executedPath, cellNumber, unsupported, codeCellsRun, stopwatch.Elapsed);
            }

            var outcome = await RunCellAsync(kernel, cell, cancellationToken);
            cell.Outputs.AddRange(outcome.Outputs);
            if (outcome.Status != NotebookRunStatus.Succeeded)
            {
                return new NotebookRunResult(fullPath, outcome.Status, executedPath, cellNumber, outcome.Error, codeCellsRun, stopwatch.Elapsed);
            }
        }

        return new NotebookRunResult(fullPath, NotebookRunStatus.Succeeded, executedPath, null, null, codeCellsRun, stopwatch.Elapsed);
    }

    private async Task<CellOutcome> RunCellAsync(Kernel kernel, InteractiveDocumentElement cell, CancellationToken cancellationToken)
    {
        var collector = new CellOutputCollector();
        using var subscription = kernel.KernelEvents.Subscribe(collector);
        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var command = new SubmitCode(cell.Contents, NotebookKernelFactory.CSharpKernelName);
        var send = kernel.SendAsync(command, cellCancellation.Token);
        var timeout = Task.Delay(_options.CellTimeout, cancellationToken);
        if (await Task.WhenAny(send, timeout) != send)
        {
            cellCancellation.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
            collector.AddTimeout(_options.CellTimeout);
            return new CellOutcome(
                NotebookRunStatus.CellTimedOut,
                $"the cell ran longer than the cell timeout of {_options.CellTimeout.TotalSeconds:F0} s; raise the timeout or make the cell smaller",
                collector.Outputs());
        }

        await send;
        var failure = collector.Failure;
        if (failure is null)
        {
            return new CellOutcome(NotebookRunStatus.Succeeded, null, collector.Outputs());
        }

        return new CellOutcome(NotebookRunStatus.CellFailed, FailureMessage(failure), collector.Outputs());
    }

    private static string FailureMessage(Microsoft.DotNet.Interactive.Events.CommandFailed failure)
    {
        // The message of a runtime exception repeats the stack trace; its first line names the cause.
        string message = failure.Message.Trim().Split('\n')[0].TrimEnd('\r');
        if (failure.Exception is { } exception && !message.Contains(exception.GetType().Name, StringComparison.Ordinal))
        {
            message = $"{exception.GetType().Name}: {message}";
        }

        return message;
    }

    private static bool IsCSharp(string? kernelName) =>
        string.IsNullOrEmpty(kernelName)
        || kernelName is NotebookKernelFactory.CSharpKernelName or "c#" or "C#" or "cs";

    private sealed record CellOutcome(NotebookRunStatus Status, string? Error, List<InteractiveDocumentOutputElement> Outputs);
}
