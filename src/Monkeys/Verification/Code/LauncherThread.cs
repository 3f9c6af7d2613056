using System.Collections.Concurrent;
using System.Diagnostics;

namespace Monkeys.Verification.Code;

/// <summary>
/// Starts sandbox launchers from one dedicated thread that lives as long as the process.
/// </summary>
/// <remarks>
/// bubblewrap's <c>--die-with-parent</c> sets PR_SET_PDEATHSIG, and Linux sends that signal when the
/// <em>thread</em> that forked the child exits, not the process. A launcher forked from a thread-pool
/// thread was therefore killed with SIGKILL whenever the pool retired that thread mid-run (seen as
/// runs ending with exit code 137 after a few tens of milliseconds). Forking from a thread that never
/// exits keeps the signal for its purpose: the sandbox dies when this process dies.
/// </remarks>
internal static class LauncherThread
{
    private static readonly BlockingCollection<(ProcessStartInfo Start, TaskCompletionSource<Process> Result)> Requests = new();

    static LauncherThread()
    {
        var thread = new Thread(Serve) { IsBackground = true, Name = "Monkeys sandbox launcher" };
        thread.Start();
    }

    /// <summary>Starts <paramref name="start"/> on the launcher thread and returns the started process.</summary>
    public static Task<Process> StartAsync(ProcessStartInfo start)
    {
        var result = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((start, result));
        return result.Task;
    }

    private static void Serve()
    {
        foreach (var (start, result) in Requests.GetConsumingEnumerable())
        {
            try
            {
                var process = Process.Start(start) ?? throw new IOException($"Starting '{start.FileName}' failed.");
                result.SetResult(process);
            }
            catch (Exception exception)
            {
                result.SetException(exception);
            }
        }
    }
}
