namespace Monkeys.Verification.Code;

/// <summary>Outcome of running a program against its tests.</summary>
public enum CodeVerdict
{
    /// <summary>Every test passed.</summary>
    Passed,

    /// <summary>A test failed; <see cref="CodeExecutionResult.FailedTest"/> says which.</summary>
    FailedTest,

    /// <summary>The program used up its wall-clock or CPU time.</summary>
    Timeout,

    /// <summary>The program ran out of its memory limit.</summary>
    MemoryExceeded,

    /// <summary>The program raised an error, crashed, exited early, or wrote too much output.</summary>
    RuntimeError,

    /// <summary>The sandbox could not run the program; says nothing about the program.</summary>
    SandboxError,

    /// <summary>The completion contains no code.</summary>
    NoCode,
}
