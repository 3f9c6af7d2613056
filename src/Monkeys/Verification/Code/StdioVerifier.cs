using System.Text.Json;
using Monkeys.Problems;

namespace Monkeys.Verification.Code;

/// <summary>
/// Verifier for stdin/stdout problems (CodeContests style): runs the completion's code once per test
/// case in a <see cref="PythonSandbox"/>, compares output with <see cref="StdioOutputComparer"/>, and
/// stops at the first failing test.
/// </summary>
/// <remarks>
/// Test cases come from the problem's <see cref="TestsKey"/> metadata: a JSON array of objects with
/// <c>input</c> and <c>output</c> strings.
/// </remarks>
public sealed class StdioVerifier : IVerifier
{
    /// <summary>Metadata key of the JSON array of test cases.</summary>
    public const string TestsKey = "stdio_tests";

    private readonly PythonSandbox _sandbox;
    private readonly SandboxLimits _limits;

    /// <summary>Creates a verifier that runs programs in <paramref name="sandbox"/> under <paramref name="limits"/> (default <see cref="SandboxLimits.Default"/>).</summary>
    public StdioVerifier(PythonSandbox sandbox, SandboxLimits? limits = null)
    {
        _sandbox = sandbox ?? throw new ArgumentNullException(nameof(sandbox));
        _limits = limits ?? SandboxLimits.Default;
    }

    /// <inheritdoc />
    public string Name => "stdio";

    /// <summary>Serialises test cases into the metadata value this verifier reads.</summary>
    public static string SerializeTests(IEnumerable<StdioTestCase> tests) =>
        JsonSerializer.Serialize(tests.Select(test => new Dictionary<string, string> { ["input"] = test.Input, ["output"] = test.ExpectedOutput }));

    /// <inheritdoc />
    public VerificationResult Verify(Problem problem, string completion) =>
        VerifyAsync(problem, completion).GetAwaiter().GetResult();

    /// <summary>Checks one completion against the problem's test cases.</summary>
    public async Task<VerificationResult> VerifyAsync(Problem problem, string completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var code = CodeBlockExtractor.Extract(completion ?? string.Empty);
        if (code is null)
        {
            return new CodeExecutionResult(CodeVerdict.NoCode, null, "The completion contains no code block and does not look like Python.").ToVerificationResult(null);
        }

        if (!problem.Metadata.TryGetValue(TestsKey, out var json) || !TryReadTests(json, out var tests))
        {
            return new CodeExecutionResult(CodeVerdict.SandboxError, null, $"Problem '{problem.Id}' has no valid '{TestsKey}' metadata (a JSON array of {{input, output}}).").ToVerificationResult(code);
        }

        var result = await RunAsync(code, tests, cancellationToken).ConfigureAwait(false);
        return result.ToVerificationResult(code);
    }

    /// <summary>Runs <paramref name="code"/> on each test in order and stops at the first failure.</summary>
    public async Task<CodeExecutionResult> RunAsync(string code, IReadOnlyList<StdioTestCase> tests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(tests);
        for (var i = 0; i < tests.Count; i++)
        {
            var run = await _sandbox.RunAsync(code, tests[i].Input, _limits, cancellationToken).ConfigureAwait(false);
            var testNumber = i + 1;
            if (RunClassifier.ClassifyAbnormalEnd(run) is { } abnormal)
            {
                return abnormal with { Detail = $"test {testNumber}: {abnormal.Detail}" };
            }

            if (run.ExitCode != 0)
            {
                return new CodeExecutionResult(CodeVerdict.RuntimeError, null, $"test {testNumber}: {RunClassifier.DescribeFailure(run)}");
            }

            if (!StdioOutputComparer.OutputsMatch(tests[i].ExpectedOutput, run.StandardOutput))
            {
                return new CodeExecutionResult(CodeVerdict.FailedTest, testNumber, $"failed test {testNumber}: output differs from the expected output");
            }
        }

        return new CodeExecutionResult(CodeVerdict.Passed, null, $"all {tests.Count} tests passed");
    }

    private static bool TryReadTests(string json, out List<StdioTestCase> tests)
    {
        tests = new List<StdioTestCase>();
        try
        {
            using var document = JsonDocument.Parse(json);
            foreach (var element in document.RootElement.EnumerateArray())
            {
                tests.Add(new StdioTestCase(element.GetProperty("input").GetString() ?? string.Empty, element.GetProperty("output").GetString() ?? string.Empty));
            }

            return true;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return false;
        }
    }
}
