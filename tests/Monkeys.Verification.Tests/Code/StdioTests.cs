using Monkeys.Problems;
using Monkeys.Verification.Code;

namespace Monkeys.Verification.Tests.Code;

[Collection(SandboxCollection.Name)]
public sealed class StdioTests
{
    private readonly SandboxFixture _fixture;

    public StdioTests(SandboxFixture fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [InlineData("1 2 3", "1\n2\n3\n", true)]
    [InlineData("YES", "yes", true)]
    [InlineData("0.3333333", "0.33333", true)]
    [InlineData("0.33", "0.34", false)]
    [InlineData("1000000.0", "1000000.5", true)]
    [InlineData("10", "11", false)]
    [InlineData("10", "10.000001", true)]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567891", false)]
    [InlineData("1 2", "1 2 3", false)]
    [InlineData("", "   \n", true)]
    [InlineData("abc", "abd", false)]
    public void ComparerFollowsCodeContestsRule(string expected, string actual, bool match)
    {
        Assert.Equal(match, StdioOutputComparer.OutputsMatch(expected, actual));
    }

    [Fact]
    public async Task SecondTestFailureIsNamed()
    {
        _fixture.RequireAvailable();
        var verifier = new StdioVerifier(_fixture.Sandbox);
        var tests = new[]
        {
            new StdioTestCase("2 3\n", "5"),
            new StdioTestCase("-4 4\n", "1"),
            new StdioTestCase("1 1\n", "2"),
        };

        var result = await verifier.RunAsync("a, b = map(int, input().split())\nprint(a + b)\n", tests);

        Assert.Equal(CodeVerdict.FailedTest, result.Verdict);
        Assert.Equal(2, result.FailedTest);
    }

    [Fact]
    public async Task AllTestsPass()
    {
        _fixture.RequireAvailable();
        var tests = new[] { new StdioTestCase("2 3\n", "5"), new StdioTestCase("10 -3\n", "7") };

        var result = await new StdioVerifier(_fixture.Sandbox).RunAsync("a, b = map(int, input().split())\nprint(a + b)\n", tests);

        Assert.Equal(CodeVerdict.Passed, result.Verdict);
    }

    [Fact]
    public async Task RaisedErrorIsRuntimeError()
    {
        _fixture.RequireAvailable();

        var result = await new StdioVerifier(_fixture.Sandbox).RunAsync("raise ValueError('bad input')\n", new[] { new StdioTestCase("", "") });

        Assert.Equal(CodeVerdict.RuntimeError, result.Verdict);
        Assert.Contains("ValueError: bad input", result.Detail);
    }

    [Fact]
    public async Task NonUtf8OutputGetsVerdict()
    {
        _fixture.RequireAvailable();
        const string code = "import sys\nsys.stdout.buffer.write(b'\\xff\\xfe\\x80 ok\\n')\nsys.stderr.buffer.write(b'\\xc3\\x28')\n";

        var run = await _fixture.Sandbox.RunAsync(code, null, SandboxLimits.Default);
        var result = await new StdioVerifier(_fixture.Sandbox).RunAsync(code, new[] { new StdioTestCase("", "ok") });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\uFFFD", run.StandardOutput);
        Assert.Equal(CodeVerdict.FailedTest, result.Verdict);
    }

    [Fact]
    public void MetadataTestsAreRead()
    {
        _fixture.RequireAvailable();
        var metadata = new Dictionary<string, string>
        {
            [StdioVerifier.TestsKey] = StdioVerifier.SerializeTests(new[] { new StdioTestCase("4\n", "16") }),
        };
        var problem = new Problem("codecontests/1", "square it", string.Empty, metadata);

        var correct = new StdioVerifier(_fixture.Sandbox).Verify(problem, "```python\nn = int(input())\nprint(n * n)\n```");
        var wrong = new StdioVerifier(_fixture.Sandbox).Verify(problem, "```\nn = int(input())\nprint(n + n + 1)\n```");

        Assert.Equal(Verdict.Correct, correct.Verdict);
        Assert.Equal(Verdict.Incorrect, wrong.Verdict);
    }

    [Fact]
    public void MissingLauncherIsSandboxError()
    {
        using var sandbox = PythonSandbox.Create(new PythonSandboxOptions(BubblewrapPath: "/nonexistent/bwrap"));
        var metadata = new Dictionary<string, string> { [StdioVerifier.TestsKey] = "[{\"input\":\"\",\"output\":\"1\"}]" };

        var result = new StdioVerifier(sandbox).Verify(new Problem("p", "q", string.Empty, metadata), "print(1)\n");

        Assert.False(sandbox.IsAvailable);
        Assert.Equal(Verdict.Error, result.Verdict);
        Assert.Contains("bubblewrap", result.Detail);
    }
}
