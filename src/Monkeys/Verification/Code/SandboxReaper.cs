using System.Diagnostics;

namespace Monkeys.Verification.Code;

/// <summary>
/// Kills every process left by a run, found by the run's user id. Killing the launcher alone is not
/// enough: bubblewrap 0.8.0's init process inside the PID namespace was seen to outlive a killed
/// launcher, keeping the program's processes and their output pipes alive.
/// </summary>
/// <remarks>
/// The kill is sent by <c>kill -KILL -1</c> running as the run's user, so the kernel picks the
/// targets: exactly the processes of that user. Killing listed process ids from here instead could hit
/// an unrelated process that reused an id between the listing and the kill (ids wrap at 32,768 here).
/// </remarks>
internal static class SandboxReaper
{
    private const int MaxRounds = 20;

    /// <summary>Kills every live process whose real user id is <paramref name="userId"/>; returns false when some survived all rounds.</summary>
    public static bool KillUserProcesses(int userId)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            if (!HasLiveProcesses(userId))
            {
                return true;
            }

            var start = new ProcessStartInfo("/usr/bin/setpriv") { UseShellExecute = false };
            foreach (var argument in new[] { $"--reuid={userId}", $"--regid={userId}", "--clear-groups", "--", "/usr/bin/kill", "-KILL", "-1" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment.Clear();
            using var killer = Process.Start(start);
            killer?.WaitForExit();
            Thread.Sleep(10);
        }

        return !HasLiveProcesses(userId);
    }

    /// <summary>Returns true when a process that is not a zombie has real user id <paramref name="userId"/>, read from /proc.</summary>
    public static bool HasLiveProcesses(int userId)
    {
        var uidPrefix = "Uid:\t" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t";
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out _))
            {
                continue;
            }

            try
            {
                var zombie = false;
                foreach (var line in File.ReadLines(Path.Combine(directory, "status")))
                {
                    if (line.StartsWith("State:", StringComparison.Ordinal))
                    {
                        zombie = line.Contains("Z (zombie)", StringComparison.Ordinal);
                    }
                    else if (line.StartsWith("Uid:", StringComparison.Ordinal))
                    {
                        if (!zombie && line.StartsWith(uidPrefix, StringComparison.Ordinal))
                        {
                            return true;
                        }

                        break;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The process exited while being read.
            }
        }

        return false;
    }
}
