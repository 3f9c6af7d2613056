using System.Globalization;
using System.Text.RegularExpressions;
using Monkeys.Problems;
using Monkeys.Problems.Synthetic;

namespace Monkeys.Tests.Problems.Synthetic;

public sealed partial class SyntheticArithmeticTests
{
    [Fact]
    public void TestSplit_IsDeterministic()
    {
        IReadOnlyList<Problem> first = SyntheticArithmetic.TestSplit(200);
        IReadOnlyList<Problem> second = SyntheticArithmetic.TestSplit(200);

        Assert.Equal(first.Select(p => p.Question), second.Select(p => p.Question));
        Assert.Equal(first.Select(p => p.Metadata["solution"]), second.Select(p => p.Metadata["solution"]));
    }

    [Fact]
    public void TestSplit_PrefixOfLargerSplit()
    {
        IReadOnlyList<Problem> small = SyntheticArithmetic.TestSplit(10);
        IReadOnlyList<Problem> full = SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize);

        Assert.Equal(small.Select(p => p.Question), full.Take(10).Select(p => p.Question));
        Assert.Equal(SyntheticArithmetic.TestSplitSize, full.Count);
    }

    [Fact]
    public void TestSplit_IdsAreNumbered()
    {
        IReadOnlyList<Problem> problems = SyntheticArithmetic.TestSplit(3);

        Assert.Equal(["synthetic/test/0", "synthetic/test/1", "synthetic/test/2"], problems.Select(p => p.Id));
    }

    [Fact]
    public void TestSplit_QuestionsAreDistinct()
    {
        IReadOnlyList<Problem> problems = SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize);

        Assert.Equal(problems.Count, problems.Select(p => p.Question).Distinct().Count());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(SyntheticArithmetic.TestSplitSize + 1)]
    public void TestSplit_RejectsCountOutOfRange(int count)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticArithmetic.TestSplit(count));

        Assert.Contains(count.ToString(CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void TrainSplit_IsDeterministicPerSeed()
    {
        var first = SyntheticArithmetic.TrainSplit(7).Take(100).Select(p => p.Question).ToList();
        var second = SyntheticArithmetic.TrainSplit(7).Take(100).Select(p => p.Question).ToList();
        var other = SyntheticArithmetic.TrainSplit(8).Take(100).Select(p => p.Question).ToList();

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void TrainSplit_NeverYieldsTestProblem()
    {
        IReadOnlyList<Problem> test = SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize);
        var testQuestions = test.Select(p => p.Question).ToHashSet();
        var testSolutions = test.Select(p => p.Metadata["solution"]).ToHashSet();

        foreach (Problem problem in SyntheticArithmetic.TrainSplit(1).Take(20_000))
        {
            Assert.DoesNotContain(problem.Question, testQuestions);
            Assert.DoesNotContain(problem.Metadata["solution"], testSolutions);
        }
    }

    [Fact]
    public void TrainSplit_WithTestSeedSkipsTestProblems()
    {
        // The test split is drawn from TestSeed, so a train stream on that seed must skip its problems.
        var testQuestions = SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize).Select(p => p.Question).ToHashSet();

        var train = SyntheticArithmetic.TrainSplit(SyntheticArithmetic.TestSeed).Take(50).ToList();

        Assert.All(train, p => Assert.DoesNotContain(p.Question, testQuestions));
    }

    [Fact]
    public void Solutions_ArithmeticIsRight()
    {
        var problems = SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize)
            .Concat(SyntheticArithmetic.TrainSplit(3).Take(2000));

        foreach (Problem problem in problems)
        {
            string solution = problem.Metadata["solution"];
            var equations = EquationPattern().Matches(solution);
            Assert.NotEmpty(equations);

            foreach (Match equation in equations)
            {
                long left = long.Parse(equation.Groups[1].Value, CultureInfo.InvariantCulture);
                long right = long.Parse(equation.Groups[3].Value, CultureInfo.InvariantCulture);
                long result = long.Parse(equation.Groups[4].Value, CultureInfo.InvariantCulture);
                long expected = equation.Groups[2].Value switch
                {
                    "+" => left + right,
                    "-" => left - right,
                    "*" => left * right,
                    _ => throw new InvalidOperationException($"Unknown sign in '{equation.Value}' of {problem.Id}."),
                };
                Assert.True(expected == result, $"{problem.Id}: '{equation.Value}' should give {expected}.");
                Assert.True(result > 0, $"{problem.Id}: '{equation.Value}' is not positive.");
            }
        }
    }

    [Fact]
    public void Solutions_AnswerLineMatchesReference()
    {
        foreach (Problem problem in SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize))
        {
            string solution = problem.Metadata["solution"];
            Match answer = AnswerPattern().Match(solution);

            Assert.True(answer.Success, $"{problem.Id}: no '#### N' line in '{solution}'.");
            Assert.Equal(problem.ReferenceAnswer, answer.Groups[1].Value);
        }
    }

    [Fact]
    public void Solutions_LastEquationGivesAnswer()
    {
        foreach (Problem problem in SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize))
        {
            var equations = EquationPattern().Matches(problem.Metadata["solution"]);

            Assert.Equal(problem.ReferenceAnswer, equations[^1].Groups[4].Value);
        }
    }

    [Fact]
    public void Questions_OperationCountMatchesSteps()
    {
        foreach (Problem problem in SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize))
        {
            int steps = int.Parse(problem.Metadata["steps"], CultureInfo.InvariantCulture);
            int sentences = problem.Question.Count(c => c == '.');

            // One sentence states the start value; each operation adds one more.
            Assert.InRange(steps, 1, 4);
            Assert.Equal(steps + 1, sentences);
        }
    }

    [Fact]
    public void TestSplit_DifficultyIsSpread()
    {
        var problems = SyntheticArithmetic.TestSplit(SyntheticArithmetic.TestSplitSize);
        var steps = problems.Select(p => int.Parse(p.Metadata["steps"], CultureInfo.InvariantCulture)).ToList();
        var difficulties = problems.Select(p => int.Parse(p.Metadata["difficulty"], CultureInfo.InvariantCulture)).ToList();

        for (int count = 1; count <= 4; count++)
        {
            Assert.True(steps.Count(s => s == count) > 150, $"Too few problems with {count} steps.");
        }

        Assert.True(difficulties.Min() <= 2, $"Easiest difficulty is {difficulties.Min()}.");
        Assert.True(difficulties.Max() >= 10, $"Hardest difficulty is {difficulties.Max()}.");
    }

    [Fact]
    public void Completion_StartsWithSpaceAndEndsWithAnswer()
    {
        Problem problem = SyntheticArithmetic.TestSplit(1)[0];

        string completion = SyntheticArithmetic.Completion(problem);

        Assert.StartsWith(" ", completion);
        Assert.EndsWith("\n#### " + problem.ReferenceAnswer, completion);
    }

    [Fact]
    public void Completion_RejectsProblemWithoutSolution()
    {
        var problem = new Problem("other/1", "What is 2+2?", "4");

        var error = Assert.Throws<ArgumentException>(() => SyntheticArithmetic.Completion(problem));

        Assert.Contains("other/1", error.Message);
    }

    [Fact]
    public void PromptFormat_IsZeroShot()
    {
        var problem = new Problem("synthetic/test/0", "Ann has 12 pens. How many pens now?", "12");

        string prompt = new SyntheticPromptFormat().Format(problem);

        Assert.Equal("Q: Ann has 12 pens. How many pens now?\nA:", prompt);
    }

    [GeneratedRegex(@"(\d+)([+\-*])(\d+)=(\d+)\.")]
    private static partial Regex EquationPattern();

    [GeneratedRegex(@"\n#### (\d+)$")]
    private static partial Regex AnswerPattern();
}
