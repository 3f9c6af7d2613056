using System.Net;
using System.Net.Sockets;
using Monkeys.Problems;
using Monkeys.Verification.Code;

namespace Monkeys.Verification.Tests.Code;

/// <summary>Hostile programs: each must be contained, get the right verdict, and leave nothing running.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SandboxAttackTests
{
    private static readonly SandboxLimits ShortLimits = SandboxLimits.Default with { WallClock = TimeSpan.FromSeconds(4), CpuSeconds = 2 };

    private readonly SandboxFixture _fixture;

    public SandboxAttackTests(SandboxFixture fixture)
    {
        _fixture = fixture;
    }

    private Task<CodeExecutionResult> RunStdioAsync(string code, string input = "") =>
        new StdioVerifier(_fixture.Sandbox, ShortLimits).RunAsync(code, new[] { new StdioTestCase(input, "ok") });

    private Task<SandboxRunResult> RunAsync(string code) => _fixture.Sandbox.RunAsync(code, null, ShortLimits);

    [Fact]
    public async Task InfiniteLoopTimesOut()
    {
        _fixture.RequireAvailable();

        var result = await RunStdioAsync("while True:\n    pass\n");

        Assert.Equal(CodeVerdict.Timeout, result.Verdict);
        LeftoverProcesses.AssertNone();
    }

    [Fact]
    public async Task SleepingProgramTimesOutOnWallClock()
    {
        _fixture.RequireAvailable();

        var result = await RunStdioAsync("import time\ntime.sleep(60)\n");

        Assert.True(result.Verdict == CodeVerdict.Timeout, $"{result.Verdict}: {result.Detail}");
        Assert.Contains("wall-clock", result.Detail);
        LeftoverProcesses.AssertNone();
    }

    [Fact]
    public async Task ForkBombIsContained()
    {
        _fixture.RequireAvailable();
        const string code = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n";

        var result = await RunStdioAsync(code);

        Assert.Equal(CodeVerdict.Timeout, result.Verdict);
        LeftoverProcesses.AssertNone();
    }

    [Fact]
    public async Task DetachedChildIsKilledWithTheRun()
    {
        _fixture.RequireAvailable();
        const string code = "import os, time\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(120)\nprint('ok')\n";

        var result = await RunStdioAsync(code);

        Assert.Equal(CodeVerdict.Passed, result.Verdict);
        LeftoverProcesses.AssertNone();
    }

    [Theory]
    [InlineData("blocks = []\nwhile True:\n    blocks.append(bytearray(16 * 1024 * 1024))\n")]
    [InlineData("text = 'x' * (10 ** 10)\n")]
    public async Task MemoryBombExceedsMemory(string code)
    {
        _fixture.RequireAvailable();
        var limits = SandboxLimits.Default with { MemoryBytes = 256L << 20, WallClock = TimeSpan.FromSeconds(20), CpuSeconds = 10 };

        var result = await new StdioVerifier(_fixture.Sandbox, limits).RunAsync(code, new[] { new StdioTestCase(string.Empty, "ok") });

        Assert.Equal(CodeVerdict.MemoryExceeded, result.Verdict);
        LeftoverProcesses.AssertNone();
    }

    [Fact]
    public async Task WritesOutsideWorkDirectoryFail()
    {
        _fixture.RequireAvailable();
        var hostDirectory = Directory.CreateTempSubdirectory("monkeys-attack-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hostDirectory, (UnixFileMode)0b111_111_111);
        }

        var hostFile = Path.Combine(hostDirectory, "escaped.txt");
        var code = $$"""
            import os
            results = []
            for path in [{{Quote(hostFile)}}, "/usr/escaped.txt", "/escaped.txt", "/work/../escaped.txt", "/root/escaped.txt", "/proc/escaped.txt"]:
                try:
                    with open(path, "w") as handle:
                        handle.write("x")
                    results.append("WROTE " + path)
                except OSError as error:
                    results.append("denied " + path)
            with open("inside.txt", "w") as handle:
                handle.write("fine")
            print("\n".join(results))
            """;

        try
        {
            var run = await RunAsync(code);

            Assert.Equal(SandboxRunStatus.Exited, run.Status);
            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain("WROTE", run.StandardOutput);
            Assert.Equal(6, run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(line => line.StartsWith("denied", StringComparison.Ordinal)));
            Assert.False(File.Exists(hostFile), "the program wrote a file on the host");
            Assert.False(File.Exists("/usr/escaped.txt"));
            LeftoverProcesses.AssertNone();
        }
        finally
        {
            Directory.Delete(hostDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task WorkDirectoryIsRemovedAfterRun()
    {
        _fixture.RequireAvailable();
        var before = Directory.GetDirectories(Path.GetTempPath(), "monkeys-sandbox-*").ToHashSet();

        var run = await RunAsync("import os\nos.mkdir('kept')\nwith open('kept/left.txt', 'w') as handle:\n    handle.write('x' * 1000)\nos.chmod('kept', 0o500)\n");

        Assert.Equal(0, run.ExitCode);
        var after = Directory.GetDirectories(Path.GetTempPath(), "monkeys-sandbox-*").Where(path => !before.Contains(path)).ToList();
        Assert.Empty(after);
    }

    [Fact]
    public async Task ParentEnvironmentIsNotVisible()
    {
        _fixture.RequireAvailable();
        const string secret = "monkeys-fake-secret-7f3a";
        Environment.SetEnvironmentVariable("MONKEYS_FAKE_SECRET", secret);
        try
        {
            const string code = """
                import os
                print(sorted(os.environ.items()))
                for pid in os.listdir("/proc"):
                    if pid.isdigit():
                        try:
                            print(open("/proc/%s/environ" % pid, "rb").read())
                        except OSError as error:
                            print("denied", pid)
                """;

            var run = await RunAsync(code);

            Assert.Equal(0, run.ExitCode);
            Assert.DoesNotContain(secret, run.StandardOutput);
            Assert.DoesNotContain("MONKEYS_FAKE_SECRET", run.StandardOutput);
            Assert.Contains("PATH", run.StandardOutput);
        }
        finally
        {
            Environment.SetEnvironmentVariable("MONKEYS_FAKE_SECRET", null);
        }
    }

    [Fact]
    public async Task LoopbackSocketIsUnreachable()
    {
        _fixture.RequireAvailable();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var code = $$"""
            import socket
            try:
                connection = socket.create_connection(("127.0.0.1", {{port}}), timeout=2)
                print("CONNECTED")
            except OSError as error:
                print("refused", type(error).__name__)
            """;

        var run = await RunAsync(code);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("CONNECTED", run.StandardOutput);
        Assert.Contains("refused", run.StandardOutput);
        Assert.False(listener.Pending(), "the sandboxed program reached the test's listener");
    }

    [Fact]
    public async Task HugeOutputIsCutOff()
    {
        _fixture.RequireAvailable();

        var run = await RunAsync("import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n");
        var verdict = await RunStdioAsync("import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n");

        Assert.Equal(SandboxRunStatus.OutputLimitExceeded, run.Status);
        Assert.True(run.StandardOutput.Length <= ShortLimits.MaxOutputBytes, $"kept {run.StandardOutput.Length} characters");
        Assert.Equal(CodeVerdict.RuntimeError, verdict.Verdict);
        Assert.Contains("output", verdict.Detail);
        LeftoverProcesses.AssertNone();
    }

    [Fact]
    public async Task KillingTheParentIsContained()
    {
        _fixture.RequireAvailable();
        var code = $$"""
            import os, signal
            for target in [os.getppid(), 1, {{Environment.ProcessId}}]:
                try:
                    os.kill(target, signal.SIGKILL)
                    print("signalled", target)
                except OSError as error:
                    print("denied", target, type(error).__name__)
            os.kill(-1, signal.SIGKILL)
            """;

        var result = await RunStdioAsync(code);

        Assert.True(result.Verdict is CodeVerdict.RuntimeError, $"{result.Verdict}: {result.Detail}");
        Assert.True(Environment.ProcessId > 0);
        LeftoverProcesses.AssertNone();
    }

    [Fact]
    public async Task HostileHumanEvalCandidateCannotSkipTests()
    {
        _fixture.RequireAvailable();
        var problem = new Problem("humaneval/attack", "def f(x):\n", "    return x\n", new Dictionary<string, string>
        {
            [HumanEvalVerifier.PromptKey] = "def f(x):\n",
            [HumanEvalVerifier.TestKey] = "def check(candidate):\n    assert candidate(1) == 2\n",
            [HumanEvalVerifier.EntryPointKey] = "f",
        });
        const string completion = """
                return x
            open("test.py", "w").write("def check(candidate):\n    pass\n")
            import sys
            sys.exit(0)
            """;

        var result = await new HumanEvalVerifier(_fixture.Sandbox, ShortLimits).RunAsync(problem, completion);

        Assert.NotEqual(CodeVerdict.Passed, result.Verdict);
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
