using Monkeys.Problems;
using Monkeys.Problems.HumanEval;
using Monkeys.Verification.Code;

namespace Monkeys.Verification.Tests.Code;

[Collection(SandboxCollection.Name)]
public sealed class HumanEvalDatasetTests
{
    private readonly SandboxFixture _fixture;

    public HumanEvalDatasetTests(SandboxFixture fixture)
    {
        _fixture = fixture;
    }

    private static IReadOnlyList<Problem> LoadProblems() => HumanEvalLoader.Load(SharedData.PathOf("data/humaneval/HumanEval.jsonl.gz"));

    [Fact]
    public void LoaderReadsAllProblems()
    {
        var problems = LoadProblems();

        Assert.Equal(164, problems.Count);
        Assert.Equal("humaneval/0", problems[0].Id);
        Assert.Equal("has_close_elements", problems[0].Metadata[HumanEvalVerifier.EntryPointKey]);
        Assert.Contains("def check(candidate)", problems[0].Metadata[HumanEvalVerifier.TestKey]);
    }

    [Fact]
    public async Task CanonicalSolutionsPassAndBrokenOnesFail()
    {
        _fixture.RequireAvailable();
        var verifier = new HumanEvalVerifier(_fixture.Sandbox);
        var problems = LoadProblems();

        var canonical = problems.Select(problem => verifier.RunAsync(problem, problem.ReferenceAnswer)).ToList();
        var broken = problems.Select(problem => verifier.RunAsync(problem, "    return None\n")).ToList();
        var canonicalResults = await Task.WhenAll(canonical);
        var brokenResults = await Task.WhenAll(broken);

        var canonicalFailures = problems.Zip(canonicalResults)
            .Where(pair => pair.Second.Verdict != CodeVerdict.Passed)
            .Select(pair => $"{pair.First.Id}: {pair.Second.Verdict} {pair.Second.Detail}")
            .ToList();
        var brokenPasses = problems.Zip(brokenResults)
            .Where(pair => pair.Second.Verdict == CodeVerdict.Passed)
            .Select(pair => pair.First.Id)
            .ToList();
        Assert.True(canonicalFailures.Count == 0, $"{canonicalFailures.Count} canonical solutions did not pass:\n" + string.Join("\n", canonicalFailures));
        Assert.True(brokenPasses.Count == 0, "broken variants passed: " + string.Join(", ", brokenPasses));
        Assert.All(brokenResults, result => Assert.True(result.Verdict is CodeVerdict.FailedTest or CodeVerdict.RuntimeError, $"{result.Verdict}: {result.Detail}"));
        LeftoverProcesses.AssertNone();
    }

    [Fact]
    public async Task FirstFailingAssertIsNamed()
    {
        _fixture.RequireAvailable();
        var problem = LoadProblems()[0];
        var verifier = new HumanEvalVerifier(_fixture.Sandbox);

        // "threshold > 0.1" agrees with the first three asserts and not the fourth (threshold 0.8, expected False).
        var result = await verifier.RunAsync(problem, "    return threshold > 0.1\n");

        Assert.Equal(CodeVerdict.FailedTest, result.Verdict);
        Assert.Equal(4, result.FailedTest);
    }

    [Fact]
    public void FencedFullFunctionIsUsed()
    {
        _fixture.RequireAvailable();
        var problem = LoadProblems()[0];
        var completion = "Here is my solution:\n```python\ndef has_close_elements(numbers, threshold):\n"
            + "    return any(abs(a - b) < threshold for i, a in enumerate(numbers) for b in numbers[i + 1:])\n```\nDone.";

        var result = new HumanEvalVerifier(_fixture.Sandbox).Verify(problem, completion);

        Assert.Equal(Verdict.Correct, result.Verdict);
    }

    [Fact]
    public void ProseCompletionHasNoAnswer()
    {
        var problem = LoadProblems()[0];

        var result = new HumanEvalVerifier(_fixture.Sandbox).Verify(problem, "I am not sure how to do this.");

        Assert.Equal(Verdict.NoAnswer, result.Verdict);
    }
}
