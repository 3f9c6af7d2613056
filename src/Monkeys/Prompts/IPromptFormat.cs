using Monkeys.Problems;

namespace Monkeys.Prompts;

/// <summary>
/// Turns a problem into the exact text the model continues, and names the strings that end a sample.
/// </summary>
public interface IPromptFormat
{
    /// <summary>Short name recorded in run manifests (for example <c>gsm8k-8shot</c>).</summary>
    string Name { get; }

    /// <summary>Strings that end a sample under this format (for example the start of the next question).</summary>
    IReadOnlyList<string> StopStrings { get; }

    /// <summary>Builds the prompt for one problem.</summary>
    string Format(Problem problem);
}
