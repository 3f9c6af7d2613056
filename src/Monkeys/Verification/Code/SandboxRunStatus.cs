namespace Monkeys.Verification.Code;

/// <summary>How a sandboxed run ended.</summary>
public enum SandboxRunStatus
{
    /// <summary>The program exited by itself or was killed by a signal it caused (see <see cref="SandboxRunResult.ExitCode"/>).</summary>
    Exited,

    /// <summary>The wall-clock limit passed and the sandbox was killed.</summary>
    WallClockExceeded,

    /// <summary>The program wrote more than the output limit and the sandbox was killed.</summary>
    OutputLimitExceeded,

    /// <summary>The sandbox itself could not be set up; the program did not run.</summary>
    SandboxFailed,
}
