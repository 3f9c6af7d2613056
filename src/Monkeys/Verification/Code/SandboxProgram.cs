namespace Monkeys.Verification.Code;

/// <summary>Files to place in the sandbox's empty working directory, the one to run, and its stdin.</summary>
/// <param name="Files">File names (no folders) and UTF-8 contents.</param>
/// <param name="MainFile">Name of the file passed to Python; must be one of <paramref name="Files"/>.</param>
/// <param name="StandardInput">Text written to the program's stdin, which is then closed; null for empty stdin.</param>
public sealed record SandboxProgram(IReadOnlyDictionary<string, string> Files, string MainFile, string? StandardInput = null)
{
    /// <summary>Creates a one-file program named <c>main.py</c>.</summary>
    public static SandboxProgram FromSource(string source, string? standardInput = null) =>
        new(new Dictionary<string, string> { ["main.py"] = source }, "main.py", standardInput);
}
