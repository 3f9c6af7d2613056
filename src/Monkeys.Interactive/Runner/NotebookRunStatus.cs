namespace Monkeys.Interactive.Runner;

/// <summary>How the run of one notebook ended.</summary>
public enum NotebookRunStatus
{
    /// <summary>Every code cell ran without error.</summary>
    Succeeded,

    /// <summary>A code cell raised an error or failed to compile; later cells were not run.</summary>
    CellFailed,

    /// <summary>A code cell ran past the cell timeout; later cells were not run.</summary>
    CellTimedOut,

    /// <summary>The notebook file could not be read or parsed, so no cell ran.</summary>
    Unreadable,
}
