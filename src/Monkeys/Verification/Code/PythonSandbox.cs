using System.Diagnostics;
using System.Text;

namespace Monkeys.Verification.Code;

/// <summary>
/// Runs untrusted Python programs, each in its own bubblewrap sandbox with rlimits, a wall-clock kill,
/// an empty working directory that is deleted afterwards, a minimal environment and output caps. At
/// most <see cref="PythonSandboxOptions.WorkerCount"/> programs run at once. <c>docs/sandbox.md</c>
/// lists what each guarantee relies on and what is not guaranteed.
/// </summary>
/// <remarks>
/// Creating a sandbox never throws for a missing launcher or interpreter: <see cref="IsAvailable"/> is
/// false, <see cref="UnavailableReason"/> gives the reason, and every run returns
/// <see cref="SandboxRunStatus.SandboxFailed"/> with that reason. Safe to use from several threads.
/// </remarks>
public sealed class PythonSandbox : IDisposable
{
    /// <summary>How long output is still read after the launcher exited and leftovers were killed.</summary>
    private static readonly TimeSpan OutputDrainTimeout = TimeSpan.FromSeconds(10);

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly PythonSandboxOptions _options;
    private readonly PythonInstallation? _python;
    private readonly SemaphoreSlim _workers;
    private readonly bool _isRoot;

    private PythonSandbox(PythonSandboxOptions options, PythonInstallation? python, string? unavailableReason)
    {
        _options = options;
        _python = python;
        UnavailableReason = unavailableReason;
        _workers = new SemaphoreSlim(options.WorkerCount, options.WorkerCount);
        _isRoot = Environment.IsPrivilegedProcess;
    }

    /// <summary>True when bubblewrap and the interpreter were found and runs can start.</summary>
    public bool IsAvailable => UnavailableReason is null;

    /// <summary>Why runs cannot start; null when <see cref="IsAvailable"/> is true.</summary>
    public string? UnavailableReason { get; }

    /// <summary>
    /// Whether each run switches to its own unprivileged user id (true when this process runs as
    /// root). When false, the sandbox runs as the calling user inside a user namespace, and the process
    /// limit counts all of that user's processes.
    /// </summary>
    public bool UsesSeparateUserIds => _isRoot;

    /// <summary>Python version the sandbox runs, or null when unavailable.</summary>
    public string? PythonVersion => _python?.Version;

    /// <summary>Most programs that run at once.</summary>
    public int WorkerCount => _options.WorkerCount;

    /// <summary>Creates a sandbox; checks for bubblewrap and resolves the interpreter once.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The worker count is below 1 or above 64.</exception>
    public static PythonSandbox Create(PythonSandboxOptions? options = null)
    {
        options ??= new PythonSandboxOptions();
        if (options.WorkerCount is < 1 or > SandboxUserPool.RangeSize)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WorkerCount, $"WorkerCount must be between 1 and {SandboxUserPool.RangeSize}.");
        }

        if (!File.Exists(options.BubblewrapPath))
        {
            return new PythonSandbox(options, null, $"The sandbox launcher '{options.BubblewrapPath}' was not found; install bubblewrap (Debian: apt-get install bubblewrap).");
        }

        if (!File.Exists("/usr/bin/prlimit") || !File.Exists("/usr/bin/setpriv"))
        {
            return new PythonSandbox(options, null, "/usr/bin/prlimit or /usr/bin/setpriv was not found; install util-linux.");
        }

        try
        {
            return new PythonSandbox(options, PythonInstallation.Resolve(options.PythonCommand), null);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return new PythonSandbox(options, null, $"The Python interpreter '{options.PythonCommand}' could not be resolved: {exception.Message}");
        }
    }

    /// <summary>Runs one program under <paramref name="limits"/>, waiting for a free worker first.</summary>
    public async Task<SandboxRunResult> RunAsync(SandboxProgram program, SandboxLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(limits);
        if (_python is null)
        {
            return new SandboxRunResult(SandboxRunStatus.SandboxFailed, null, string.Empty, string.Empty, TimeSpan.Zero, UnavailableReason);
        }

        await _workers.WaitAsync(cancellationToken).ConfigureAwait(false);
        int? userId = null;
        string? runDirectory = null;
        try
        {
            userId = _isRoot ? SandboxUserPool.Rent() : null;
            runDirectory = CreateRunDirectory(_options.TemporaryRoot ?? Path.GetTempPath());
            var workDirectory = PrepareWorkDirectory(runDirectory, program);
            var arguments = BubblewrapCommand.Build(_python, workDirectory, program.MainFile, limits, userId);
            return await RunLauncherAsync(arguments, program.StandardInput, limits, userId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception or ArgumentException)
        {
            return new SandboxRunResult(SandboxRunStatus.SandboxFailed, null, string.Empty, string.Empty, TimeSpan.Zero, $"Setting up the sandbox failed: {exception.Message}");
        }
        finally
        {
            if (runDirectory is not null)
            {
                DeleteQuietly(runDirectory);
            }

            if (userId is { } rented)
            {
                SandboxUserPool.Return(rented);
            }

            _workers.Release();
        }
    }

    /// <summary>Runs a one-file program given as source text.</summary>
    public Task<SandboxRunResult> RunAsync(string source, string? standardInput, SandboxLimits limits, CancellationToken cancellationToken = default) =>
        RunAsync(SandboxProgram.FromSource(source, standardInput), limits, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _workers.Dispose();

    /// <summary>Creates a fresh folder readable only by this user (0700) under <paramref name="root"/>.</summary>
    private static string CreateRunDirectory(string root)
    {
        var path = Path.Combine(root, "monkeys-sandbox-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)));
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path).FullName;
        }

        return Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute).FullName;
    }

    private static string PrepareWorkDirectory(string runDirectory, SandboxProgram program)
    {
        // The run folder stays private to this user (0700). The work folder inside it is writable by
        // the sandbox user, who reaches it only through the bind mount.
        var workDirectory = Path.Combine(runDirectory, "work");
        Directory.CreateDirectory(workDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(workDirectory, (UnixFileMode)0b111_111_111);
        }
        foreach (var (name, content) in program.Files)
        {
            if (name.Length == 0 || name != Path.GetFileName(name) || name is "." or "..")
            {
                throw new ArgumentException($"Sandbox file name '{name}' must be a plain file name without folders.", nameof(program));
            }

            File.WriteAllText(Path.Combine(workDirectory, name), content, LenientUtf8);
        }

        if (!program.Files.ContainsKey(program.MainFile))
        {
            throw new ArgumentException($"Main file '{program.MainFile}' is not among the program's files.", nameof(program));
        }

        return workDirectory;
    }

    private async Task<SandboxRunResult> RunLauncherAsync(List<string> arguments, string? standardInput, SandboxLimits limits, int? userId, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_options.BubblewrapPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The launcher itself gets no inherited variables either; bubblewrap clears them again inside.
        start.Environment.Clear();

        var stopwatch = Stopwatch.StartNew();
        using var process = await LauncherThread.StartAsync(start).ConfigureAwait(false);
        using var outputCancellation = new CancellationTokenSource();
        var killReason = (SandboxRunStatus?)null;
        void Kill(SandboxRunStatus reason)
        {
            lock (outputCancellation)
            {
                killReason ??= reason;
            }

            KillQuietly(process);
        }

        var stdoutTask = ReadCappedAsync(process.StandardOutput.BaseStream, limits.MaxOutputBytes, () => Kill(SandboxRunStatus.OutputLimitExceeded));
        var stderrTask = ReadCappedAsync(process.StandardError.BaseStream, limits.MaxOutputBytes, () => Kill(SandboxRunStatus.OutputLimitExceeded));
        await WriteInputAsync(process, standardInput).ConfigureAwait(false);

        using var wallClock = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wallClock.CancelAfter(limits.WallClock);
        try
        {
            await process.WaitForExitAsync(wallClock.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill(SandboxRunStatus.WallClockExceeded);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        // Processes the program left behind (or a surviving namespace init) would keep the output
        // pipes open, so they are killed before the output is collected.
        if (userId is { } uid)
        {
            SandboxReaper.KillUserProcesses(uid);
        }

        string stdout;
        string stderr;
        try
        {
            await Task.WhenAll(stdoutTask, stderrTask).WaitAsync(OutputDrainTimeout, CancellationToken.None).ConfigureAwait(false);
            stdout = stdoutTask.Result;
            stderr = stderrTask.Result;
        }
        catch (TimeoutException)
        {
            return new SandboxRunResult(SandboxRunStatus.SandboxFailed, null, string.Empty, string.Empty, stopwatch.Elapsed,
                $"A process of the run kept its output open {OutputDrainTimeout.TotalSeconds:0} s after the launcher exited; it may still be running.");
        }

        stopwatch.Stop();
        cancellationToken.ThrowIfCancellationRequested();

        if (killReason is { } reason)
        {
            var detail = reason == SandboxRunStatus.WallClockExceeded
                ? $"killed after the wall-clock limit of {limits.WallClock.TotalSeconds:0.###} s"
                : $"killed after writing more than {limits.MaxOutputBytes} bytes of output";
            return new SandboxRunResult(reason, null, stdout, stderr, stopwatch.Elapsed, detail);
        }

        if (IsLauncherFailure(stderr))
        {
            return new SandboxRunResult(SandboxRunStatus.SandboxFailed, process.ExitCode, stdout, stderr, stopwatch.Elapsed, $"The sandbox launcher failed: {FirstLine(stderr)}");
        }

        return new SandboxRunResult(SandboxRunStatus.Exited, process.ExitCode, stdout, stderr, stopwatch.Elapsed);
    }

    private static async Task WriteInputAsync(Process process, string? standardInput)
    {
        try
        {
            if (!string.IsNullOrEmpty(standardInput))
            {
                var bytes = LenientUtf8.GetBytes(standardInput);
                await process.StandardInput.BaseStream.WriteAsync(bytes).ConfigureAwait(false);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited or closed stdin before reading all of it; that is its own business.
        }
    }

    private static async Task<string> ReadCappedAsync(Stream stream, int maxBytes, Action onLimitExceeded)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            int read;
            try
            {
                read = await stream.ReadAsync(chunk).ConfigureAwait(false);
            }
            catch (IOException)
            {
                break;
            }

            if (read == 0)
            {
                break;
            }

            var room = maxBytes - (int)buffer.Length;
            buffer.Write(chunk, 0, System.Math.Min(room, read));
            if (read > room)
            {
                onLimitExceeded();
                break;
            }
        }

        return LenientUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static bool IsLauncherFailure(string stderr) =>
        stderr.StartsWith("bwrap:", StringComparison.Ordinal)
        || stderr.StartsWith("setpriv:", StringComparison.Ordinal)
        || stderr.StartsWith("prlimit:", StringComparison.Ordinal);

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n');
        return (newline < 0 ? text : text[..newline]).Trim();
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            // The tree kill reaches the namespace's processes while they are still the launcher's
            // descendants; SandboxReaper then kills any that escaped by user id.
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // NOTE: a run folder is left behind only when the program made a file this user cannot delete.
            // Runs never reuse folders, so results are unaffected.
        }
    }
}
