namespace Monkeys.Verification.Code;

/// <summary>
/// Builds the launcher command line for one run: bubblewrap creates new PID, network, IPC, UTS and
/// mount namespaces with a read-only view of <c>/usr</c> and the Python prefix, a private
/// <c>/tmp</c>, and the run's directory at <c>/work</c>; when this process is root, <c>setpriv</c>
/// then switches to the run's unprivileged user id and drops every capability; <c>prlimit</c> sets
/// the rlimits and execs Python in isolated mode (<c>-I</c>).
/// </summary>
internal static class BubblewrapCommand
{
    /// <summary>Mount point of the working directory inside the sandbox.</summary>
    public const string WorkDirectory = "/work";

    /// <summary>Returns the arguments after the <c>bwrap</c> executable.</summary>
    public static List<string> Build(PythonInstallation python, string hostWorkDirectory, string mainFile, SandboxLimits limits, int? userId)
    {
        var arguments = new List<string>
        {
            "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--die-with-parent", "--new-session",
            "--ro-bind", "/usr", "/usr",
        };

        if (userId is null)
        {
            // Without root, only a user namespace lets an unprivileged process create the others.
            arguments.Insert(0, "--unshare-user");
        }

        foreach (var top in new[] { "/bin", "/sbin", "/lib", "/lib32", "/lib64" })
        {
            AddTopLevelDirectory(arguments, top);
        }

        if (!python.Prefix.StartsWith("/usr/", StringComparison.Ordinal) && python.Prefix != "/usr")
        {
            AddParentDirectories(arguments, python.Prefix);
            arguments.AddRange(new[] { "--ro-bind", python.Prefix, python.Prefix });
        }

        arguments.AddRange(new[]
        {
            "--proc", "/proc",
            "--dev", "/dev",
            "--perms", "1777", "--tmpfs", "/tmp",
            "--bind", hostWorkDirectory, WorkDirectory,
            "--chdir", WorkDirectory,
            "--clearenv",
            "--setenv", "PATH", Path.GetDirectoryName(python.Executable) + ":/usr/bin:/bin",
            "--setenv", "HOME", WorkDirectory,
            "--setenv", "LANG", "C.UTF-8",
            "--setenv", "PYTHONIOENCODING", "utf-8",
            "--setenv", "PYTHONDONTWRITEBYTECODE", "1",
            "--",
        });

        if (userId is { } uid)
        {
            arguments.AddRange(new[]
            {
                "/usr/bin/setpriv", $"--reuid={uid}", $"--regid={uid}", "--clear-groups",
                "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--",
            });
        }

        arguments.AddRange(new[]
        {
            "/usr/bin/prlimit",
            $"--nproc={limits.MaxProcesses}",
            $"--as={limits.MemoryBytes}",
            $"--cpu={limits.CpuSeconds}:{limits.CpuSeconds + 1}",
            $"--fsize={limits.MaxFileBytes}",
            $"--nofile={limits.MaxOpenFiles}",
            "--core=0",
            "--",
            python.Executable, "-I", mainFile,
        });
        return arguments;
    }

    private static void AddTopLevelDirectory(List<string> arguments, string path)
    {
        var info = new DirectoryInfo(path);
        if (!info.Exists)
        {
            return;
        }

        if (info.LinkTarget is { } target)
        {
            arguments.AddRange(new[] { "--symlink", target, path });
        }
        else
        {
            arguments.AddRange(new[] { "--ro-bind", path, path });
        }
    }

    /// <summary>Creates each missing parent of a mount point as a world-readable folder, so the sandbox user can reach it.</summary>
    private static void AddParentDirectories(List<string> arguments, string path)
    {
        var parents = new Stack<string>();
        for (var parent = Path.GetDirectoryName(path); !string.IsNullOrEmpty(parent) && parent != "/"; parent = Path.GetDirectoryName(parent))
        {
            parents.Push(parent);
        }

        foreach (var parent in parents)
        {
            arguments.AddRange(new[] { "--perms", "0755", "--dir", parent });
        }
    }
}
