namespace Monkeys.Interactive.Runner;

/// <summary>Settings for one run of <see cref="NotebookRunner"/>.</summary>
/// <param name="OutputDirectory">
/// Folder for the executed copies, created when missing. When null, each executed copy is written
/// beside its notebook as <c>NAME.executed.ipynb</c>.
/// </param>
/// <param name="CellTimeout">Wall-clock limit for one code cell; a cell that runs longer fails the notebook.</param>
public sealed record NotebookRunOptions(string? OutputDirectory, TimeSpan CellTimeout)
{
    /// <summary>The cell timeout used when none is given: 10 minutes.</summary>
    public static readonly TimeSpan DefaultCellTimeout = TimeSpan.FromMinutes(10);

    /// <summary>Options that write executed copies beside the notebooks, with the default cell timeout.</summary>
    public static NotebookRunOptions Default { get; } = new(null, DefaultCellTimeout);
}
