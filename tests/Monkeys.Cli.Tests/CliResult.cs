namespace Monkeys.Cli.Tests;

/// <summary>Exit code and captured output of one command line.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Lines written to the error writer.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
