using System.Globalization;

namespace Monkeys.Problems.Synthetic;

/// <summary>
/// Synthetic grade-school arithmetic word problems with graded difficulty: the task the bundled tiny
/// models were trained on.
/// </summary>
/// <remarks>
/// A problem reads like <c>Ann has 345 pens. She gets 27 more. She buys 6 bags of 9. How many pens now?</c>
/// and its solution (metadata <c>solution</c>) like <c>345+27=372. 6*9=54. 372+54=426.</c> then
/// <c>#### 426</c>, the GSM8K answer line, so the GSM8K numeric verifier checks samples. Metadata
/// <c>steps</c> is the number of operations (1 to 4) and <c>difficulty</c> the number of equations
/// plus the number of carry and borrow columns in them.
/// The test split is a fixed list of <see cref="TestSplitSize"/> problems drawn from
/// <see cref="TestSeed"/>. The train stream skips every problem whose question or solution equals one
/// of a test problem, so no test question or test computation is ever trained on.
/// </remarks>
public static class SyntheticArithmetic
{
    /// <summary>Number of problems in the fixed test split.</summary>
    public const int TestSplitSize = 1000;

    /// <summary>Seed the test split is drawn from.</summary>
    public const ulong TestSeed = 20240731;

    private static readonly Lazy<IReadOnlyList<Problem>> TestProblems = new(DrawTestSplit);
    private static readonly Lazy<HashSet<string>> TestKeys = new(CollectTestKeys);

    /// <summary>
    /// Returns the first <paramref name="count"/> problems of the fixed test split, with ids
    /// <c>synthetic/test/0</c>, <c>synthetic/test/1</c>, …
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="TestSplitSize"/>.</exception>
    public static IReadOnlyList<Problem> TestSplit(int count)
    {
        if (count < 0 || count > TestSplitSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(count), count, $"The synthetic test split has {TestSplitSize} problems; request between 0 and {TestSplitSize}.");
        }

        return TestProblems.Value.Take(count).ToList();
    }

    /// <summary>
    /// Yields an endless stream of training problems drawn from <paramref name="seed"/>, with ids
    /// <c>synthetic/train/{seed}/{n}</c>. No yielded problem has the question or the solution of a
    /// test problem.
    /// </summary>
    public static IEnumerable<Problem> TrainSplit(ulong seed)
    {
        var random = new SplitMix64(seed);
        HashSet<string> testKeys = TestKeys.Value;
        for (long n = 0; ; n++)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"synthetic/train/{seed}/{n}");
            Problem problem = SyntheticProblemBuilder.Build(random, id);
            if (testKeys.Contains(QuestionKey(problem)) || testKeys.Contains(SolutionKey(problem)))
            {
                continue;
            }

            yield return problem;
        }
    }

    /// <summary>
    /// Returns the text a model is trained to write after the prompt of <see cref="SyntheticPromptFormat"/>:
    /// a space, then the solution ending in the <c>#### N</c> line.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="problem"/> has no <c>solution</c> metadata.</exception>
    public static string Completion(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (!problem.Metadata.TryGetValue("solution", out string? solution))
        {
            throw new ArgumentException(
                $"Problem '{problem.Id}' has no 'solution' metadata; only problems of SyntheticArithmetic carry one.", nameof(problem));
        }

        return " " + solution;
    }

    private static IReadOnlyList<Problem> DrawTestSplit()
    {
        var random = new SplitMix64(TestSeed);
        var problems = new List<Problem>(TestSplitSize);
        var seenQuestions = new HashSet<string>(StringComparer.Ordinal);
        while (problems.Count < TestSplitSize)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"synthetic/test/{problems.Count}");
            Problem problem = SyntheticProblemBuilder.Build(random, id);
            if (seenQuestions.Add(problem.Question))
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private static HashSet<string> CollectTestKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Problem problem in TestProblems.Value)
        {
            keys.Add(QuestionKey(problem));
            keys.Add(SolutionKey(problem));
        }

        return keys;
    }

    private static string QuestionKey(Problem problem) => "Q:" + problem.Question;

    private static string SolutionKey(Problem problem) => "S:" + problem.Metadata["solution"];
}
