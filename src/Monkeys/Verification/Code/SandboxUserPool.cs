namespace Monkeys.Verification.Code;

/// <summary>
/// Hands out a distinct unprivileged user id to each run in this process, so that each run's
/// RLIMIT_NPROC counts only its own processes and a run can never signal another run's processes.
/// </summary>
/// <remarks>
/// Each process claims one range of ids for its lifetime by holding an exclusive lock on a file
/// under the temporary folder (<c>monkeys-sandbox/range-N.lock</c>), so two processes on one machine
/// never share ids, and one process's reaper can never kill another process's programs. The search
/// starts at the range picked by the process id and takes the first range whose lock is free.
/// </remarks>
internal static class SandboxUserPool
{
    /// <summary>Lowest user id ever handed out.</summary>
    public const int FirstUserId = 61_000;

    /// <summary>Ids per process range.</summary>
    public const int RangeSize = 64;

    /// <summary>Number of process ranges; all ids lie in [FirstUserId, FirstUserId + RangeSize × RangeCount).</summary>
    public const int RangeCount = 64;

    private static readonly object Gate = new();
    private static readonly bool[] InUse = new bool[RangeSize];
    private static readonly Lazy<int> ClaimedRangeStart = new(ClaimRange);

    // Held open for the life of the process: the open file is the machine-wide claim on the range.
    private static FileStream? _rangeLock;

    private static int _next;

    /// <summary>First user id of the range this process claimed.</summary>
    public static int RangeStart => ClaimedRangeStart.Value;

    /// <summary>
    /// Reserves a free user id, taking ids in rotation so that an id is reused as late as possible (a
    /// run's zombie processes still count against its id's process limit until they are reaped).
    /// Throws when more than <see cref="RangeSize"/> runs are in flight.
    /// </summary>
    public static int Rent()
    {
        lock (Gate)
        {
            for (var step = 0; step < InUse.Length; step++)
            {
                var i = (_next + step) % InUse.Length;
                if (!InUse[i])
                {
                    InUse[i] = true;
                    _next = (i + 1) % InUse.Length;
                    return RangeStart + i;
                }
            }
        }

        throw new InvalidOperationException($"All {RangeSize} sandbox user ids of this process are in use; lower the worker count.");
    }

    /// <summary>Returns a user id taken with <see cref="Rent"/>.</summary>
    public static void Return(int userId)
    {
        lock (Gate)
        {
            InUse[userId - RangeStart] = false;
        }
    }

    private static int ClaimRange()
    {
        var folder = Path.Combine(Path.GetTempPath(), "monkeys-sandbox");
        Directory.CreateDirectory(folder);
        for (var step = 0; step < RangeCount; step++)
        {
            var range = (Environment.ProcessId + step) % RangeCount;
            var path = Path.Combine(folder, $"range-{range}.lock");
            try
            {
                // FileShare.None takes an exclusive advisory lock (flock) on Unix; the kernel drops it
                // when the process exits, even when it is killed.
                _rangeLock = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return FirstUserId + range * RangeSize;
            }
            catch (IOException)
            {
                // Another process holds this range; try the next one.
            }
        }

        throw new InvalidOperationException(
            $"All {RangeCount} sandbox user-id ranges are claimed by other processes (lock files in {folder}); wait for other verifier processes to finish.");
    }
}
