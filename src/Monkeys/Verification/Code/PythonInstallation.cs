using System.Diagnostics;

namespace Monkeys.Verification.Code;

/// <summary>A resolved Python interpreter: the real executable and the installation prefix it needs at run time.</summary>
/// <param name="Executable">Absolute path of the interpreter binary, symbolic links resolved.</param>
/// <param name="Prefix">Installation prefix (<c>sys.base_prefix</c>), mounted read-only into the sandbox.</param>
/// <param name="Version">Version string reported by the interpreter.</param>
internal sealed record PythonInstallation(string Executable, string Prefix, string Version)
{
    /// <summary>
    /// Runs <paramref name="command"/> once, outside the sandbox, to ask for its real executable and
    /// prefix; wrappers such as pyenv shims resolve to the interpreter they start.
    /// </summary>
    public static PythonInstallation Resolve(string command)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import os, sys; print(os.path.realpath(sys.executable)); print(sys.base_prefix); print(sys.version.split()[0])");

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Starting '{command}' failed.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length < 3)
        {
            throw new InvalidOperationException($"Asking '{command}' for its executable failed (exit code {process.ExitCode}): {error.Trim()}");
        }

        return new PythonInstallation(lines[0], lines[1], lines[2]);
    }
}
