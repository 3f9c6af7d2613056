using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Monkeys.Interactive.Progress;

/// <summary>
/// An <see cref="IProgress{T}"/> for long notebook cells that shows one line of text and updates it in
/// place, at most once per <see cref="MinimumInterval"/>, instead of printing a line per report.
/// </summary>
/// <typeparam name="T">The progress value, e.g. the run pipeline's progress record.</typeparam>
/// <remarks>
/// Created inside a running cell, it publishes to that cell's output. Outside a notebook (no current
/// kernel invocation) it writes each shown line to standard output instead. Reports may come from any
/// thread.
/// </remarks>
public sealed class NotebookProgress<T> : IProgress<T>
{
    private readonly object _gate = new();
    private readonly Func<T, string> _render;
    private readonly KernelInvocationContext? _context;
    private readonly string _valueId = Guid.NewGuid().ToString("N");
    private readonly Stopwatch _sinceLastShown = new();
    private T? _latest;
    private bool _hasUnshownReport;

    private NotebookProgress(Func<T, string> render, string initialText, TimeSpan minimumInterval)
    {
        _render = render;
        MinimumInterval = minimumInterval;
        _context = KernelInvocationContext.Current;
        Show(initialText, isUpdate: false);
        _sinceLastShown.Start();
    }

    /// <summary>The shortest time between two shown updates; reports in between are folded into the next one.</summary>
    public TimeSpan MinimumInterval { get; }

    /// <summary>Displays <paramref name="initialText"/> and returns a progress that replaces it on each report.</summary>
    /// <param name="render">Turns a progress value into the one line shown.</param>
    /// <param name="initialText">Text shown before the first report.</param>
    /// <param name="minimumInterval">Shortest time between shown updates; default 0.5 s.</param>
    public static NotebookProgress<T> Start(Func<T, string> render, string initialText = "starting…", TimeSpan? minimumInterval = null)
    {
        ArgumentNullException.ThrowIfNull(render);
        return new NotebookProgress<T>(render, initialText, minimumInterval ?? TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Records <paramref name="value"/> and shows it unless an update was shown less than <see cref="MinimumInterval"/> ago.</summary>
    public void Report(T value)
    {
        lock (_gate)
        {
            _latest = value;
            _hasUnshownReport = true;
            if (_sinceLastShown.Elapsed < MinimumInterval)
            {
                return;
            }

            ShowLatest();
        }
    }

    /// <summary>Shows the last reported value even when it arrived within <see cref="MinimumInterval"/>; call when the work ends.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (_hasUnshownReport)
            {
                ShowLatest();
            }
        }
    }

    private void ShowLatest()
    {
        Show(_render(_latest!), isUpdate: true);
        _hasUnshownReport = false;
        _sinceLastShown.Restart();
    }

    private void Show(string text, bool isUpdate)
    {
        if (_context is null || _context.IsComplete)
        {
            Console.WriteLine(text);
            return;
        }

        var formatted = new[] { new FormattedValue(PlainTextFormatter.MimeType, text) };
        KernelEvent shown = isUpdate
            ? new DisplayedValueUpdated(text, _valueId, _context.Command, formatted)
            : new DisplayedValueProduced(text, _context.Command, formatted, _valueId);
        _context.Publish(shown);
    }
}
