namespace Monkeys.Samples;

/// <summary>
/// One attempt drawn from a model for one problem.
/// </summary>
/// <param name="ProblemId">Identifier of the problem the sample answers.</param>
/// <param name="Index">Position of the sample among the problem's samples, from 0 to N − 1; unique per problem within a run.</param>
/// <param name="Seed">Random seed the sampler used for this sample.</param>
/// <param name="Text">Generated text, with the stop string removed.</param>
/// <param name="TokenCount">Number of generated tokens, including a stop string's tokens.</param>
/// <param name="FinishReason">Why generation ended.</param>
/// <param name="LogProbability">Sum of the natural-log probabilities of the generated tokens under the sampling distribution; <see cref="double.NaN"/> when the sampler does not report them.</param>
public sealed record Sample(
    string ProblemId,
    int Index,
    ulong Seed,
    string Text,
    int TokenCount,
    FinishReason FinishReason,
    double LogProbability);
