using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Monkeys.Interactive.Runner;

/// <summary>
/// Turns the kernel events of one cell into the cell's notebook outputs: displayed values (replaced in
/// place when an update with the same value id arrives), the return value, standard output and error
/// streams, and the error of a failed command.
/// </summary>
/// <remarks>Kernel events can arrive on other threads, so every member locks.</remarks>
internal sealed class CellOutputCollector : IObserver<KernelEvent>
{
    private readonly object _gate = new();
    private readonly List<InteractiveDocumentOutputElement> _outputs = [];
    private readonly Dictionary<string, int> _indexByValueId = new(StringComparer.Ordinal);
    private readonly HashSet<int> _unlinkedDisplays = [];
    private CommandFailed? _failure;

    /// <summary>The first failure reported for the cell, or null.</summary>
    public CommandFailed? Failure
    {
        get { lock (_gate) { return _failure; } }
    }

    /// <summary>Returns a copy of the outputs collected so far, in arrival order.</summary>
    public List<InteractiveDocumentOutputElement> Outputs()
    {
        lock (_gate)
        {
            return [.. _outputs];
        }
    }

    /// <inheritdoc />
    public void OnNext(KernelEvent value)
    {
        lock (_gate)
        {
            switch (value)
            {
                case DisplayedValueUpdated updated:
                    Replace(updated.ValueId, new DisplayElement(ToData(updated.FormattedValues)));
                    break;
                case ReturnValueProduced returned:
                    Add(returned.ValueId, ToReturnValue(returned.FormattedValues));
                    break;
                case DisplayedValueProduced displayed:
                    Add(displayed.ValueId, new DisplayElement(ToData(displayed.FormattedValues)));
                    _unlinkedDisplays.Add(_outputs.Count - 1);
                    break;
                case StandardOutputValueProduced stdout:
                    AppendText("stdout", PlainText(stdout.FormattedValues));
                    break;
                case StandardErrorValueProduced stderr:
                    AppendText("stderr", PlainText(stderr.FormattedValues));
                    break;
                case ErrorProduced error:
                    AppendText("stderr", error.Message + Environment.NewLine);
                    break;
                case CommandFailed failed when _failure is null:
                    _failure = failed;
                    _outputs.Add(ToErrorElement(failed));
                    break;
            }
        }
    }

    /// <summary>Records a timeout as the cell's error output.</summary>
    public void AddTimeout(TimeSpan timeout)
    {
        lock (_gate)
        {
            _outputs.Add(new ErrorElement(
                $"The cell ran longer than the cell timeout of {timeout.TotalSeconds:F0} s and was cancelled.",
                "TimeoutException",
                []));
        }
    }

    /// <inheritdoc />
    public void OnError(Exception error)
    {
    }

    /// <inheritdoc />
    public void OnCompleted()
    {
    }

    private void Add(string? valueId, InteractiveDocumentOutputElement element)
    {
        _outputs.Add(element);
        if (!string.IsNullOrEmpty(valueId))
        {
            _indexByValueId[valueId] = _outputs.Count - 1;
        }
    }

    private void Replace(string? valueId, InteractiveDocumentOutputElement element)
    {
        if (!string.IsNullOrEmpty(valueId)
            && _indexByValueId.TryGetValue(valueId, out int index))
        {
            _outputs[index] = element;
            _unlinkedDisplays.Remove(index);
            return;
        }

        // NOTE: in Microsoft.DotNet.Interactive 1.0.0-beta.26120.1, the first event published by
        // display(x) carries a different value id from the one that DisplayedValue.Update(y) uses
        // afterwards, so the two cannot be linked by id. An update with an unknown id therefore
        // replaces the last output when that output is a displayed value not yet linked to an id
        // (the usual "display, then update in a loop" pattern); otherwise it is appended.
        // NotebookProgress publishes matching ids itself and needs none of this.
        if (!string.IsNullOrEmpty(valueId) && _outputs.Count > 0 && _outputs[^1] is DisplayElement
            && _unlinkedDisplays.Remove(_outputs.Count - 1))
        {
            _outputs[^1] = element;
            _indexByValueId[valueId] = _outputs.Count - 1;
            return;
        }

        Add(valueId, element);
    }

    private void AppendText(string streamName, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (_outputs.Count > 0 && _outputs[^1] is TextElement last && last.Name == streamName)
        {
            _outputs[^1] = new TextElement(last.Text + text, streamName);
            return;
        }

        _outputs.Add(new TextElement(text, streamName));
    }

    private static Dictionary<string, object> ToData(IReadOnlyCollection<FormattedValue> values)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (!value.SuppressDisplay)
            {
                data[value.MimeType] = value.Value;
            }
        }

        return data;
    }

    private static ReturnValueElement ToReturnValue(IReadOnlyCollection<FormattedValue> values)
    {
        var element = new ReturnValueElement();
        foreach (var (mimeType, value) in ToData(values))
        {
            element.Data[mimeType] = value;
        }

        return element;
    }

    private static string PlainText(IReadOnlyCollection<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value
        ?? values.FirstOrDefault()?.Value
        ?? "";

    private static ErrorElement ToErrorElement(CommandFailed failed)
    {
        string name = failed.Exception?.GetType().Name ?? "Error";
        string[] stack = failed.Exception?.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new ErrorElement(failed.Message, name, stack);
    }
}
