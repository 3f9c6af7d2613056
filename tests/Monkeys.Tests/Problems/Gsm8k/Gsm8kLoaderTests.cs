using Monkeys.Common;
using Monkeys.Problems.Gsm8k;
using Monkeys.Tests.Common;
using Monkeys.Verification;
using Monkeys.Verification.Numeric;

namespace Monkeys.Tests.Problems.Gsm8k;

public class Gsm8kLoaderTests
{
    [Fact]
    public void TestReferencesMatchOwnSolutions()
    {
        var verifier = new NumericVerifier(NumericAnswerFormat.Gsm8k);
        int loaded = 0;
        var failures = new List<string>();

        foreach (var problem in Gsm8kLoader.Load(SharedFiles.PathOf("data/gsm8k/test.jsonl")))
        {
            loaded++;
            var result = verifier.Verify(problem, problem.Metadata["solution"]);
            if (result.Verdict != Verdict.Correct)
            {
                failures.Add($"{problem.Id}: {result.Verdict} {result.Detail}");
            }
        }

        Assert.Equal(1319, loaded);
        Assert.Empty(failures);
    }

    [Fact]
    public void FirstTestProblemHasExpectedFields()
    {
        // Line 1 of the GSM8K test file: Janet's ducks, answer 18.
        var problem = Gsm8kLoader.Load(SharedFiles.PathOf("data/gsm8k/test.jsonl")).First();

        Assert.Equal("gsm8k/test/0", problem.Id);
        Assert.StartsWith("Janet\u2019s ducks lay 16 eggs per day.", problem.Question);
        Assert.Equal("18", problem.ReferenceAnswer);
        Assert.StartsWith("Janet sells 16 - 3 - 4 = <<16-3-4=9>>9 duck eggs a day.", problem.Metadata["solution"]);
        Assert.EndsWith("#### 18", problem.Metadata["solution"]);
    }

    [Fact]
    public void IdsFollowLineIndexAndFileStem()
    {
        using var folder = new TempFolder();
        string path = folder.Write("mini.jsonl",
            "{\"question\":\"a?\",\"answer\":\"x\\n#### 1,000\"}\n\n{\"question\":\"b?\",\"answer\":\"#### -3\"}\n");

        var problems = Gsm8kLoader.Load(path).ToArray();

        Assert.Equal(new[] { "gsm8k/mini/0", "gsm8k/mini/2" }, problems.Select(p => p.Id));
        Assert.Equal(new[] { "1,000", "-3" }, problems.Select(p => p.ReferenceAnswer));
    }

    [Theory]
    [InlineData("{\"question\":\"a?\",\"answer\":\"#### 1\"}\n{\"question\":\"b?\"\n", 2, "not valid JSON")]
    [InlineData("{\"question\":\"a?\",\"answer\":\"#### 1\"}\n{\"question\":\"b?\"}\n", 2, "'answer' is missing")]
    [InlineData("{\"answer\":\"#### 1\"}\n", 1, "'question' is missing")]
    [InlineData("{\"question\":\"a?\",\"answer\":5}\n", 1, "'answer' is a JSON Number")]
    [InlineData("{\"question\":\"a?\",\"answer\":\"#### 1\"}\n\n{\"question\":\"b?\",\"answer\":\"it is 4\"}\n", 3, "no '####' line")]
    [InlineData("{\"question\":\"a?\",\"answer\":\"4 ####  \"}\n", 1, "nothing after its last '####'")]
    public void MalformedLineErrorNamesLineAndProblem(string contents, int line, string problem)
    {
        using var folder = new TempFolder();
        string path = folder.Write("broken.jsonl", contents);

        var error = Assert.Throws<InputFormatException>(() => Gsm8kLoader.Load(path).ToArray());

        Assert.Equal(line, error.LineNumber);
        Assert.Contains($"{path}, line {line}:", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.Contains("#### <number>", error.Message);
        if (!problem.Contains("JSON"))
        {
            Assert.Contains($"gsm8k/broken/{line - 1}", error.Message);
        }
    }

    [Fact]
    public void LoadIsLazy()
    {
        using var folder = new TempFolder();
        string path = folder.Write("lazy.jsonl", "{\"question\":\"a?\",\"answer\":\"#### 1\"}\nnot json\n");

        var first = Gsm8kLoader.Load(path).First();

        Assert.Equal("gsm8k/lazy/0", first.Id);
    }
}
