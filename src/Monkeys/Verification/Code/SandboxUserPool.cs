namespace Monkeys.Verification.Code;

/// <summary>
/// Hands out a distinct unprivileged user id to each run in this process, so that each run's
/// RLIMIT_NPROC counts only its own processes and a run can never signal another run's processes.
/// </summary>
/// <remarks>
/// The range is chosen per process from the process id, so two test processes on one machine
/// usually use different ids. NOTE: two processes whose ids are equal modulo 64 share a range; a
/// fork bomb in one can then use up the other's process limit.
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
    private static readonly int RangeStart = FirstUserId + (Environment.ProcessId % RangeCount) * RangeSize;

    private static int _next;

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
}
