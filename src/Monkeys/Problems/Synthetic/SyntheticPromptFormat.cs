using Monkeys.Prompts;

namespace Monkeys.Problems.Synthetic;

/// <summary>
/// Zero-shot prompt of the synthetic arithmetic task, <c>"Q: {question}\nA:"</c>: the bundled tiny
/// models were trained on exactly this text followed by the solution, so they need no examples.
/// </summary>
public sealed class SyntheticPromptFormat : IPromptFormat
{
    /// <inheritdoc />
    public string Name => "synthetic-zero-shot";

    /// <summary>
    /// <c>"\nQ:"</c>, the start of a next question. The tiny models end a solution with their
    /// end-of-sequence token, so this string only cuts samples that run on.
    /// </summary>
    public IReadOnlyList<string> StopStrings { get; } = ["\nQ:"];

    /// <inheritdoc />
    public string Format(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return $"Q: {problem.Question}\nA:";
    }
}
