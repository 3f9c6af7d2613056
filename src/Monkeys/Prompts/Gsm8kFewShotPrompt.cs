using System.Text;
using Monkeys.Common;
using Monkeys.Problems;
using Monkeys.Problems.Gsm8k;
using Monkeys.Sampling;

namespace Monkeys.Prompts;

/// <summary>
/// The few-shot GSM8K prompt of Brown et al. 2024 ("Large Language Monkeys", arXiv 2407.21787, following
/// EleutherAI's lm-evaluation-harness GSM8K task): k solved training examples, each written as
/// <c>Question: {question}\nAnswer: {solution}\n\n</c>, then <c>Question: {question}\nAnswer:</c>.
/// </summary>
/// <remarks>
/// <para>Each problem gets its own k examples, drawn without replacement from the training set by a
/// generator seeded from the recorded seed and the problem id, so the prompt of a problem depends only
/// on (training set, k, seed, problem id) and not on which other problems run. Examples whose id or
/// question text equals the problem's are never drawn, so a prompt never contains the problem's own solution, even
/// when the training and test files overlap.</para>
/// <para>The solution is the training record's full <c>solution</c> metadata: the worked steps with
/// GSM8K's <c>&lt;&lt;…&gt;&gt;</c> calculator annotations, ending with <c>#### N</c>, as in the paper's
/// prompts. Stop strings are <c>\n\nQuestion:</c> (the model starting the next example after a blank
/// line, which the few-shot text teaches) and <c>Question:</c> (the same without the blank line).</para>
/// </remarks>
public sealed class Gsm8kFewShotPrompt : IPromptFormat
{
    private const string DrawSalt = "few-shot:";

    private static readonly string[] Stops = { "\n\nQuestion:", "Question:" };

    private readonly IReadOnlyList<Problem> examples;

    /// <summary>Creates the format from training problems that carry a <c>solution</c> metadata entry.</summary>
    /// <param name="examples">Training problems to draw from (for example <see cref="Gsm8kLoader.Load"/> of the training file).</param>
    /// <param name="shotCount">Examples per prompt (k), at least 1 and less than the number of training problems.</param>
    /// <param name="seed">Seed of the per-problem draw; record it to reproduce the prompts.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shotCount"/> is out of range.</exception>
    /// <exception cref="ArgumentException">A training problem has no <c>solution</c> metadata.</exception>
    public Gsm8kFewShotPrompt(IReadOnlyList<Problem> examples, int shotCount, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        Guard.InRange(shotCount, 1, Math.Max(1, examples.Count - 1), "one training example may be excluded per problem, so k must be below the training set size");

        foreach (var example in examples)
        {
            if (!example.Metadata.ContainsKey("solution"))
            {
                throw new ArgumentException(
                    $"Training problem '{example.Id}' has no 'solution' metadata; load the training file with Gsm8kLoader.Load.",
                    nameof(examples));
            }
        }

        this.examples = examples;
        ShotCount = shotCount;
        Seed = seed;
    }

    /// <summary>Number of examples per prompt (k).</summary>
    public int ShotCount { get; }

    /// <summary>Seed of the per-problem example draw.</summary>
    public ulong Seed { get; }

    /// <summary><c>gsm8k-{k}shot-seed{seed}</c>, for example <c>gsm8k-8shot-seed0</c>.</summary>
    public string Name => $"gsm8k-{ShotCount}shot-seed{Seed}";

    /// <inheritdoc/>
    public IReadOnlyList<string> StopStrings => Stops;

    /// <summary>Loads the training file and creates the format.</summary>
    /// <param name="trainingPath">GSM8K training JSON Lines file.</param>
    /// <param name="shotCount">Examples per prompt (k).</param>
    /// <param name="seed">Seed of the per-problem draw.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InputFormatException">A line of the file is malformed.</exception>
    public static Gsm8kFewShotPrompt FromTrainingFile(string trainingPath, int shotCount = 8, ulong seed = 0) =>
        new(Gsm8kLoader.Load(trainingPath).ToArray(), shotCount, seed);

    /// <summary>Returns the training problems used as examples for <paramref name="problem"/>, in prompt order.</summary>
    /// <exception cref="InvalidOperationException">Too few training problems remain after excluding the problem itself.</exception>
    public IReadOnlyList<Problem> ExamplesFor(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);

        var eligible = Enumerable.Range(0, examples.Count).Where(i => !IsSameProblem(examples[i], problem)).ToArray();
        if (eligible.Length < ShotCount)
        {
            throw new InvalidOperationException(
                $"Problem '{problem.Id}' needs {ShotCount} few-shot examples but only {eligible.Length} training problems differ from it; lower k or use a larger training file.");
        }

        // Partial Fisher–Yates shuffle: the first ShotCount slots end up a uniform draw without replacement.
        // The salt keeps this draw's seed apart from the sampling seed of the problem's first sample.
        var random = new SeededRandom(SampleSeeds.For(Seed, DrawSalt + problem.Id, 0));
        var chosen = new Problem[ShotCount];
        for (int i = 0; i < ShotCount; i++)
        {
            int j = i + random.NextInt(eligible.Length - i);
            (eligible[i], eligible[j]) = (eligible[j], eligible[i]);
            chosen[i] = examples[eligible[i]];
        }

        return chosen;
    }

    /// <inheritdoc/>
    public string Format(Problem problem)
    {
        var text = new StringBuilder();
        foreach (var example in ExamplesFor(problem))
        {
            text.Append("Question: ").Append(example.Question).Append('\n')
                .Append("Answer: ").Append(example.Metadata["solution"]).Append("\n\n");
        }

        return text.Append(Gsm8kZeroShotPrompt.Build(problem)).ToString();
    }

    private static bool IsSameProblem(Problem example, Problem problem) =>
        example.Id == problem.Id || string.Equals(example.Question.Trim(), problem.Question.Trim(), StringComparison.Ordinal);
}
