using System.CommandLine;
using Monkeys.Cli.Commands;

namespace Monkeys.Cli;

/// <summary>Builds the command tree and runs one command line.</summary>
internal static class CliApp
{
    /// <summary>Creates the root command with every subcommand.</summary>
    public static RootCommand CreateRootCommand(CliConsole console, CancellationToken cancellationToken)
    {
        var root = new RootCommand("Monkeys: repeated sampling from language models, with verification and coverage.");
        root.Subcommands.Add(RunCommand.Create(console, cancellationToken));
        root.Subcommands.Add(NotebookCommand.Create(console, cancellationToken));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a parse error becomes one line on the error writer and exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        RootCommand root = CreateRootCommand(console, cancellationToken);
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            string command = parse.CommandResult.Command == root ? "monkeys" : $"monkeys {parse.CommandResult.Command.Name}";
            console.WriteError($"{parse.Errors[0].Message} Run '{command} --help' to list the options.");
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
