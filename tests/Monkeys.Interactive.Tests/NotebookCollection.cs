namespace Monkeys.Interactive.Tests;

/// <summary>
/// Tests that run notebooks share one collection without parallelism: the runner changes the
/// process's working directory and resets the static formatter registrations.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "notebooks";
}
