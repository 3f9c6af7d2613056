using Monkeys.Problems;

namespace Monkeys.Verification.Code;

/// <summary>
/// Verifier for HumanEval-style problems: runs the completion's code with the problem's
/// <c>check(candidate)</c> tests in a <see cref="PythonSandbox"/>.
/// </summary>
/// <remarks>
/// The problem's metadata must contain <see cref="PromptKey"/>, <see cref="TestKey"/> and
/// <see cref="EntryPointKey"/> (the HumanEval loader fills them). The program run is the prompt
/// followed by the extracted code: a completion that only continues the function body completes the
/// prompt's stub, and one that defines the whole function replaces the stub while keeping the prompt's
/// imports and helpers. Runs wait for a free sandbox worker, so many calls at once are bounded by the
/// sandbox's worker count.
/// </remarks>
public sealed class HumanEvalVerifier : IVerifier
{
    /// <summary>Metadata key of the prompt (the function signature and docstring).</summary>
    public const string PromptKey = "prompt";

    /// <summary>Metadata key of the test code that defines <c>check(candidate)</c>.</summary>
    public const string TestKey = "test";

    /// <summary>Metadata key of the name of the function under test.</summary>
    public const string EntryPointKey = "entry_point";

    private readonly PythonSandbox _sandbox;
    private readonly SandboxLimits _limits;

    /// <summary>Creates a verifier that runs programs in <paramref name="sandbox"/> under <paramref name="limits"/> (default <see cref="SandboxLimits.Default"/>).</summary>
    public HumanEvalVerifier(PythonSandbox sandbox, SandboxLimits? limits = null)
    {
        _sandbox = sandbox ?? throw new ArgumentNullException(nameof(sandbox));
        _limits = limits ?? SandboxLimits.Default;
    }

    /// <inheritdoc />
    public string Name => "humaneval";

    /// <inheritdoc />
    public VerificationResult Verify(Problem problem, string completion) =>
        VerifyAsync(problem, completion).GetAwaiter().GetResult();

    /// <summary>Checks one completion; waits for a free sandbox worker first.</summary>
    public async Task<VerificationResult> VerifyAsync(Problem problem, string completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var code = CodeBlockExtractor.Extract(completion ?? string.Empty);
        var result = await RunAsync(problem, code, cancellationToken).ConfigureAwait(false);
        return result.ToVerificationResult(code);
    }

    /// <summary>Runs extracted code (null when there is none) against the problem's tests.</summary>
    public async Task<CodeExecutionResult> RunAsync(Problem problem, string? code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (code is null)
        {
            return new CodeExecutionResult(CodeVerdict.NoCode, null, "The completion contains no code block and does not look like Python.");
        }

        if (!problem.Metadata.TryGetValue(TestKey, out var test) || !problem.Metadata.TryGetValue(EntryPointKey, out var entryPoint))
        {
            return new CodeExecutionResult(CodeVerdict.SandboxError, null, $"Problem '{problem.Id}' has no '{TestKey}' or '{EntryPointKey}' metadata; load it with HumanEvalLoader.");
        }

        var prompt = problem.Metadata.TryGetValue(PromptKey, out var value) ? value : string.Empty;
        var candidate = prompt + (prompt.EndsWith('\n') ? string.Empty : "\n") + code;
        SandboxProgram program;
        string nonce;
        try
        {
            (program, nonce) = HumanEvalHarness.Build(candidate, test, entryPoint);
        }
        catch (ArgumentException exception)
        {
            return new CodeExecutionResult(CodeVerdict.SandboxError, null, $"Problem '{problem.Id}': {exception.Message}");
        }

        var run = await _sandbox.RunAsync(program, _limits, cancellationToken).ConfigureAwait(false);
        return Classify(run, nonce, test);
    }

    private static CodeExecutionResult Classify(SandboxRunResult run, string nonce, string test)
    {
        if (RunClassifier.ClassifyAbnormalEnd(run) is { } abnormal)
        {
            return abnormal;
        }

        var report = HumanEvalHarness.ReadReport(run.StandardOutput, nonce);
        if (report is not { } found)
        {
            return new CodeExecutionResult(CodeVerdict.RuntimeError, null, "exited without a test report, " + RunClassifier.DescribeFailure(run));
        }

        switch (found.Kind)
        {
            case "passed":
                return new CodeExecutionResult(CodeVerdict.Passed, null, "all tests passed");
            case "failed":
                var line = int.TryParse(found.Detail, out var number) ? number : 0;
                var index = HumanEvalHarness.AssertIndexAtLine(test, line);
                return new CodeExecutionResult(CodeVerdict.FailedTest, index, $"failed test {index} (assert at test line {line})");
            case "memory":
                return new CodeExecutionResult(CodeVerdict.MemoryExceeded, null, found.Detail);
            default:
                return new CodeExecutionResult(CodeVerdict.RuntimeError, null, found.Detail);
        }
    }
}
