using Monkeys.Problems;
using Monkeys.Problems.Gsm8k;
using Monkeys.Prompts;
using Monkeys.Tests.Common;

namespace Monkeys.Tests.Prompts;

public class Gsm8kFewShotPromptTests
{
    private static readonly Problem[] Training = Enumerable.Range(0, 10)
        .Select(i => new Problem($"train/{i}", $"Q{i}?", $"{i}", new Dictionary<string, string> { ["solution"] = $"S{i}\n#### {i}" }))
        .ToArray();

    private static readonly Problem Target = new("test/0", "How many?", "3");

    [Fact]
    public void FormatMatchesPaperLayout()
    {
        var format = new Gsm8kFewShotPrompt(Training, 2, seed: 5);
        var examples = format.ExamplesFor(Target);

        string expected =
            $"Question: {examples[0].Question}\nAnswer: {examples[0].Metadata["solution"]}\n\n"
            + $"Question: {examples[1].Question}\nAnswer: {examples[1].Metadata["solution"]}\n\n"
            + "Question: How many?\nAnswer:";

        Assert.Equal(expected, format.Format(Target));
        Assert.Equal(2, examples.Distinct().Count());
    }

    [Fact]
    public void DrawDependsOnSeedAndProblemOnly()
    {
        var first = new Gsm8kFewShotPrompt(Training, 3, seed: 1);
        var again = new Gsm8kFewShotPrompt(Training, 3, seed: 1);

        Assert.Equal(first.Format(Target), again.Format(Target));
        Assert.Equal(first.ExamplesFor(Target), again.ExamplesFor(Target));

        // Over 8 seeds the 3-example draw from 10 repeats with probability far below 1e-6.
        var draws = Enumerable.Range(0, 8)
            .Select(seed => string.Join(",", new Gsm8kFewShotPrompt(Training, 3, (ulong)seed).ExamplesFor(Target).Select(p => p.Id)))
            .ToHashSet();
        Assert.True(draws.Count > 1);
    }

    [Fact]
    public void DrawsDifferPerProblem()
    {
        var format = new Gsm8kFewShotPrompt(Training, 3, seed: 0);

        var draws = Enumerable.Range(0, 8)
            .Select(i => string.Join(",", format.ExamplesFor(new Problem($"test/{i}", $"T{i}?", "1")).Select(p => p.Id)))
            .ToHashSet();

        Assert.True(draws.Count > 1);
    }

    [Fact]
    public void NeverIncludesProblemItself()
    {
        var format = new Gsm8kFewShotPrompt(Training, 9, seed: 3);

        foreach (var problem in Training)
        {
            var examples = format.ExamplesFor(problem);

            Assert.Equal(9, examples.Count);
            Assert.DoesNotContain(problem, examples);
        }

        var sameQuestion = new Problem("test/9", "Q4?", "4");
        Assert.DoesNotContain(format.ExamplesFor(sameQuestion), p => p.Question == "Q4?");
    }

    [Fact]
    public void DrawCoversWholeTrainingSet()
    {
        var format = new Gsm8kFewShotPrompt(Training, 2, seed: 0);

        var used = Enumerable.Range(0, 200)
            .SelectMany(i => format.ExamplesFor(new Problem($"test/{i}", $"T{i}?", "1")))
            .Select(p => p.Id)
            .ToHashSet();

        Assert.Equal(10, used.Count);
    }

    [Fact]
    public void NameAndStopStrings()
    {
        var format = new Gsm8kFewShotPrompt(Training, 8, seed: 42);

        Assert.Equal("gsm8k-8shot-seed42", format.Name);
        Assert.Equal(new[] { "\n\nQuestion:", "Question:" }, format.StopStrings);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void ShotCountOutOfRangeThrows(int shotCount)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Gsm8kFewShotPrompt(Training, shotCount, 0));

        Assert.Contains($"shotCount is {shotCount}", error.Message);
    }

    [Fact]
    public void ExamplesWithoutSolutionAreRejected()
    {
        var bare = new[] { new Problem("a", "q", "1"), new Problem("b", "q2", "2") };

        var error = Assert.Throws<ArgumentException>(() => new Gsm8kFewShotPrompt(bare, 1, 0));

        Assert.Contains("'a'", error.Message);
    }

    [Fact]
    public void BuildsFromRealTrainingFile()
    {
        var format = Gsm8kFewShotPrompt.FromTrainingFile(SharedFiles.PathOf("data/gsm8k/train.jsonl"), shotCount: 4, seed: 0);
        var problem = Gsm8kLoader.Load(SharedFiles.PathOf("data/gsm8k/test.jsonl")).First();

        string prompt = format.Format(problem);

        Assert.Equal(5, prompt.Split("Question: ").Length - 1);
        Assert.Equal(4, prompt.Split("\n#### ").Length - 1);
        Assert.EndsWith($"Question: {problem.Question}\nAnswer:", prompt);
        Assert.All(format.ExamplesFor(problem), example => Assert.StartsWith("gsm8k/train/", example.Id));
    }

    [Fact]
    public void ZeroShotFormat()
    {
        var format = new Gsm8kZeroShotPrompt();

        Assert.Equal("Question: How many?\nAnswer:", format.Format(Target));
        Assert.Equal("gsm8k-0shot", format.Name);
        Assert.Contains("Question:", format.StopStrings);
    }
}
