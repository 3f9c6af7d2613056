namespace Monkeys.Verification.Code;

/// <summary>Maps how a sandboxed run ended to a <see cref="CodeVerdict"/> when that alone decides it.</summary>
internal static class RunClassifier
{
    /// <summary>Returns the verdict for a run that did not end normally, or null when the program's own output decides.</summary>
    public static CodeExecutionResult? ClassifyAbnormalEnd(SandboxRunResult run)
    {
        switch (run.Status)
        {
            case SandboxRunStatus.SandboxFailed:
                return new CodeExecutionResult(CodeVerdict.SandboxError, null, run.Detail ?? "sandbox failed");
            case SandboxRunStatus.WallClockExceeded:
                return new CodeExecutionResult(CodeVerdict.Timeout, null, run.Detail ?? "wall-clock limit exceeded");
            case SandboxRunStatus.OutputLimitExceeded:
                return new CodeExecutionResult(CodeVerdict.RuntimeError, null, run.Detail ?? "output limit exceeded");
        }

        if (run.ExitCode == SandboxRunResult.CpuLimitExitCode)
        {
            return new CodeExecutionResult(CodeVerdict.Timeout, null, "CPU time limit exceeded (SIGXCPU)");
        }

        if (run.StandardError.Contains("MemoryError", StringComparison.Ordinal))
        {
            return new CodeExecutionResult(CodeVerdict.MemoryExceeded, null, "MemoryError: the memory limit was reached");
        }

        if (run.ExitCode == SandboxRunResult.FileSizeLimitExitCode)
        {
            return new CodeExecutionResult(CodeVerdict.RuntimeError, null, "file size limit exceeded (SIGXFSZ)");
        }

        return null;
    }

    /// <summary>Returns a one-line description of a failed exit: the last stderr line, or the exit status.</summary>
    public static string DescribeFailure(SandboxRunResult run)
    {
        var lastLine = run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        var status = run.ExitCode is > 128 and < 160 ? $"killed by signal {run.ExitCode - 128}" : $"exit code {run.ExitCode}";
        return lastLine is null ? status : $"{status}: {lastLine}";
    }
}
