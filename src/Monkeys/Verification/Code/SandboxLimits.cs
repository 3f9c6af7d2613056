namespace Monkeys.Verification.Code;

/// <summary>
/// Resource limits for one sandboxed program run. Memory, CPU time, process count, file size and open
/// files are kernel rlimits on the sandboxed process; the wall-clock limit and the output caps are
/// enforced by <see cref="PythonSandbox"/>, which kills the whole sandbox when one is exceeded.
/// </summary>
/// <param name="WallClock">Real time after which the sandbox is killed.</param>
/// <param name="CpuSeconds">CPU time (RLIMIT_CPU soft limit, seconds); the kernel sends SIGXCPU when it is used up.</param>
/// <param name="MemoryBytes">Address-space size per process (RLIMIT_AS, bytes).</param>
/// <param name="MaxProcesses">Processes and threads the sandbox user may have at once (RLIMIT_NPROC).</param>
/// <param name="MaxFileBytes">Largest file the program may write (RLIMIT_FSIZE, bytes).</param>
/// <param name="MaxOpenFiles">Open file descriptors per process (RLIMIT_NOFILE).</param>
/// <param name="MaxOutputBytes">Bytes kept from each of stdout and stderr; more output kills the run.</param>
public sealed record SandboxLimits(
    TimeSpan WallClock,
    int CpuSeconds,
    long MemoryBytes,
    int MaxProcesses,
    long MaxFileBytes,
    int MaxOpenFiles,
    int MaxOutputBytes)
{
    /// <summary>
    /// Limits for HumanEval-style tests: 10 s wall clock, 5 s CPU, 1 GiB address space, 32 processes,
    /// 16 MiB files, 64 open files, 1 MiB of output per stream.
    /// </summary>
    public static SandboxLimits Default { get; } = new(
        WallClock: TimeSpan.FromSeconds(10),
        CpuSeconds: 5,
        MemoryBytes: 1L << 30,
        MaxProcesses: 32,
        MaxFileBytes: 16L << 20,
        MaxOpenFiles: 64,
        MaxOutputBytes: 1 << 20);
}
