namespace Monkeys.Verification.Code;

/// <summary>Settings of a <see cref="PythonSandbox"/>.</summary>
/// <param name="WorkerCount">Most programs run at once; further runs wait for a free worker.</param>
/// <param name="PythonCommand">Python interpreter to use, a path or a name found on PATH; it is resolved once to the real executable and its installation prefix.</param>
/// <param name="BubblewrapPath">Path of the bubblewrap (<c>bwrap</c>) launcher.</param>
/// <param name="TemporaryRoot">Folder under which each run gets its own working directory; null uses the system temporary folder.</param>
public sealed record PythonSandboxOptions(
    int WorkerCount = 2,
    string PythonCommand = "python3",
    string BubblewrapPath = "/usr/bin/bwrap",
    string? TemporaryRoot = null);
