namespace Monkeys.Cli;

/// <summary>Process exit codes of the <c>monkeys</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command finished.</summary>
    public const int Success = 0;

    /// <summary>The command failed: a missing or invalid file, a model llama.cpp rejected, a run that cannot be resumed.</summary>
    public const int Failure = 1;

    /// <summary>The command line is invalid: an unknown option, a value out of range, a malformed problem spec.</summary>
    public const int Usage = 2;

    /// <summary>The user stopped the command (Ctrl+C or SIGTERM), following the shell convention 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}
