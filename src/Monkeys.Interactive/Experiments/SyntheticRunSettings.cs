namespace Monkeys.Interactive.Experiments;

/// <summary>Settings of a notebook run on the synthetic arithmetic test split.</summary>
/// <param name="ModelPath">GGUF model to sample from.</param>
/// <param name="ProblemCount">Problems taken from the start of the fixed test split.</param>
/// <param name="SamplesPerProblem">Samples drawn per problem.</param>
/// <param name="Temperature">Sampling temperature.</param>
/// <param name="MaxTokens">Maximum tokens per completion.</param>
/// <param name="Seed">Run seed; each sample's seed is derived from it, the problem id and the sample index.</param>
/// <param name="Threads">CPU threads for llama.cpp, or null for its default.</param>
public sealed record SyntheticRunSettings(
    string ModelPath,
    int ProblemCount,
    int SamplesPerProblem,
    double Temperature = 0.8,
    int MaxTokens = 96,
    ulong Seed = 1,
    int? Threads = null);
