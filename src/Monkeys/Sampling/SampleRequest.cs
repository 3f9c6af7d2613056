namespace Monkeys.Sampling;

/// <summary>
/// A request for some samples of one problem.
/// </summary>
/// <param name="ProblemId">Identifier of the problem.</param>
/// <param name="Prompt">Fully formatted prompt text.</param>
/// <param name="SampleIndices">Indices of the samples wanted (on resume only the missing ones).</param>
/// <param name="Parameters">Sampling settings.</param>
public sealed record SampleRequest(
    string ProblemId,
    string Prompt,
    IReadOnlyList<int> SampleIndices,
    SamplingParameters Parameters);
