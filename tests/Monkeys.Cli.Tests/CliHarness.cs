using System.Diagnostics;

namespace Monkeys.Cli.Tests;

/// <summary>Runs the <c>monkeys</c> command in this process or as a child process.</summary>
internal static class CliHarness
{
    /// <summary>Runs a command line in this process with redirected (non-interactive) output.</summary>
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = await CliApp.RunAsync(args, new CliConsole(output, error, interactive: false), CancellationToken.None);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Starts the built <c>Monkeys.Cli.dll</c> with <c>dotnet</c> as a child process with redirected output.</summary>
    public static Process Start(params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "Monkeys.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start dotnet {cli}.");
    }
}
