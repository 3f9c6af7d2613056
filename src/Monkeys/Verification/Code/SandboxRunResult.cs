namespace Monkeys.Verification.Code;

/// <summary>Outcome of one sandboxed program run.</summary>
/// <param name="Status">How the run ended.</param>
/// <param name="ExitCode">Exit status reported by the sandbox launcher: the program's exit code, or 128 + signal number when a signal killed it; null when it was killed by the sandbox or never started.</param>
/// <param name="StandardOutput">Captured stdout, decoded as UTF-8 with invalid bytes replaced, at most the output limit.</param>
/// <param name="StandardError">Captured stderr, decoded like stdout.</param>
/// <param name="Elapsed">Wall-clock time from start to exit.</param>
/// <param name="Detail">Why the sandbox failed or was killed; null for a normal exit.</param>
public sealed record SandboxRunResult(
    SandboxRunStatus Status,
    int? ExitCode,
    string StandardOutput,
    string StandardError,
    TimeSpan Elapsed,
    string? Detail = null)
{
    /// <summary>Exit status of a process killed by SIGKILL, as the launcher reports it.</summary>
    public const int KilledExitCode = 128 + 9;

    /// <summary>Exit status of a process stopped by SIGXCPU (CPU time limit), as the launcher reports it.</summary>
    public const int CpuLimitExitCode = 128 + 24;

    /// <summary>Exit status of a process stopped by SIGXFSZ (file size limit), as the launcher reports it.</summary>
    public const int FileSizeLimitExitCode = 128 + 25;
}
