using Monkeys.Problems;
using Monkeys.Prompts;

namespace Monkeys.Tests.Runs;

/// <summary>Prompt format that returns the question unchanged.</summary>
internal sealed class PlainPrompt : IPromptFormat
{
    public string Name => "plain";

    public IReadOnlyList<string> StopStrings { get; } = ["\n"];

    public string Format(Problem problem) => problem.Question;
}
