using System.CommandLine;
using Monkeys.Interactive.Runner;

namespace Monkeys.Cli.Commands;

/// <summary>Defines <c>monkeys notebook run PATH… [--out DIR] [--timeout S]</c>: run notebooks headless.</summary>
internal static class NotebookCommand
{
    /// <summary>Creates the <c>notebook</c> command with its <c>run</c> subcommand.</summary>
    public static Command Create(CliConsole console, CancellationToken cancellationToken)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Notebooks to run (.ipynb or .dib), one after another in this process.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Folder for the executed copies (NAME.ipynb). Default: NAME.executed.ipynb beside each notebook.",
            HelpName = "DIR",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Wall-clock limit for one cell, in seconds.",
            DefaultValueFactory = _ => NotebookRunOptions.DefaultCellTimeout.TotalSeconds,
            HelpName = "S",
        };

        var run = new Command("run", "Run each notebook cell by cell with a fresh kernel, write the executed copy with outputs, and stop a notebook at its first failed cell.")
        {
            paths, output, timeout,
        };
        run.SetAction(async (parse, _) =>
        {
            double seconds = parse.GetValue(timeout);
            if (!(seconds > 0))
            {
                console.WriteError($"--timeout must be a positive number of seconds, got {seconds}.");
                return ExitCodes.Usage;
            }

            var runner = new NotebookRunner(new NotebookRunOptions(parse.GetValue(output), TimeSpan.FromSeconds(seconds)));
            bool allSucceeded = true;
            foreach (string path in parse.GetValue(paths) ?? [])
            {
                var result = await runner.RunAsync(path, cancellationToken).ConfigureAwait(false);
                if (result.Succeeded)
                {
                    console.Output.WriteLine(result.Describe());
                }
                else
                {
                    console.WriteError(result.Describe());
                    allSucceeded = false;
                }
            }

            return allSucceeded ? ExitCodes.Success : ExitCodes.Failure;
        });

        return new Command("notebook", "Work with .NET Interactive notebooks.") { run };
    }
}
