using Monkeys.Verification.Code;

namespace Monkeys.Verification.Tests.Code;

/// <summary>Finds processes a sandbox run could have left behind, by reading /proc.</summary>
internal static class LeftoverProcesses
{
    /// <summary>Lists "pid uid command" for every process owned by a user id of this process's sandbox range, or launched by this test process as bwrap.</summary>
    public static List<string> Find()
    {
        var found = new List<string>();
        // Only this process's range: another test process on the machine may be running sandboxes.
        var firstUserId = SandboxUserPool.RangeStart;
        var lastUserId = firstUserId + SandboxUserPool.RangeSize;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(directory);
            if (!int.TryParse(name, out var pid))
            {
                continue;
            }

            try
            {
                var status = File.ReadAllLines(Path.Combine(directory, "status"));
                var uidLine = status.FirstOrDefault(line => line.StartsWith("Uid:", StringComparison.Ordinal));
                var ppidLine = status.FirstOrDefault(line => line.StartsWith("PPid:", StringComparison.Ordinal));
                var command = status.FirstOrDefault(line => line.StartsWith("Name:", StringComparison.Ordinal))?[5..].Trim();
                var uid = uidLine is null ? -1 : int.Parse(uidLine.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1]);
                var ppid = ppidLine is null ? -1 : int.Parse(ppidLine.Split('\t', StringSplitOptions.RemoveEmptyEntries)[1]);
                var ownedBySandbox = uid >= firstUserId && uid < lastUserId;
                var launchedHere = ppid == Environment.ProcessId && command == "bwrap";
                if (ownedBySandbox || launchedHere)
                {
                    found.Add($"{pid} uid={uid} {command}");
                }
            }
            catch (IOException)
            {
                // The process exited while being read.
            }
        }

        return found;
    }

    /// <summary>Asserts that no sandbox process is left.</summary>
    public static void AssertNone()
    {
        var leftovers = Find();
        Assert.True(leftovers.Count == 0, "processes left running: " + string.Join("; ", leftovers));
    }
}
