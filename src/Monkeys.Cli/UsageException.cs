namespace Monkeys.Cli;

/// <summary>An option value is invalid; the message names the option, the value and the fix. Exit code <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);
