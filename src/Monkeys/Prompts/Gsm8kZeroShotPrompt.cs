using Monkeys.Problems;

namespace Monkeys.Prompts;

/// <summary>
/// The GSM8K question without examples: <c>Question: {question}\nAnswer:</c>, with the stop strings of
/// <see cref="Gsm8kFewShotPrompt"/>.
/// </summary>
public sealed class Gsm8kZeroShotPrompt : IPromptFormat
{
    private static readonly string[] Stops = { "\n\nQuestion:", "Question:" };

    /// <summary><c>gsm8k-0shot</c>.</summary>
    public string Name => "gsm8k-0shot";

    /// <inheritdoc/>
    public IReadOnlyList<string> StopStrings => Stops;

    /// <inheritdoc/>
    public string Format(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Build(problem);
    }

    internal static string Build(Problem problem) => $"Question: {problem.Question}\nAnswer:";
}
