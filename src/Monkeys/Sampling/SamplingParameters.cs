namespace Monkeys.Sampling;

/// <summary>
/// Settings shared by every sample of a run.
/// </summary>
/// <param name="Temperature">Softmax temperature; 0 means greedy decoding.</param>
/// <param name="TopP">Nucleus sampling mass in (0, 1]; 1 disables it.</param>
/// <param name="MaxTokens">Maximum number of generated tokens per sample.</param>
/// <param name="StopStrings">Strings that end a sample when generated; the stop string is not part of the sample text.</param>
/// <param name="Seed">Run seed; each sample's own seed is derived from it, the problem id and the sample index.</param>
public sealed record SamplingParameters(
    double Temperature,
    double TopP,
    int MaxTokens,
    IReadOnlyList<string> StopStrings,
    ulong Seed)
{
    /// <summary>The paper's GSM8K settings: temperature 0.6, top-p 1, 512 tokens, stop at the next question.</summary>
    public static SamplingParameters Default { get; } = new(0.6, 1.0, 512, ["\n\n", "Question:"], 0);
}
