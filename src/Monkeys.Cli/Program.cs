using System.Runtime.InteropServices;

namespace Monkeys.Cli;

/// <summary>Entry point of the <c>monkeys</c> command.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();

        // The first Ctrl+C (or SIGTERM) cancels the running job, which stops cleanly; a second Ctrl+C ends the process at once.
        Console.CancelKeyPress += (_, e) =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });

        return await CliApp.RunAsync(args, new CliConsole(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected), cancellation.Token);
    }
}
