namespace Monkeys.Runs;

/// <summary>Outcome of a completed <see cref="RunPipeline.RunAsync"/> call.</summary>
/// <param name="ProblemCount">Problems in the run.</param>
/// <param name="SampleCount">Samples in the store for those problems (problems × samples per problem).</param>
/// <param name="SamplesDrawn">Samples drawn by this call; less than <paramref name="SampleCount"/> after a resume.</param>
/// <param name="CorrectCount">Correct samples among those drawn by this call.</param>
/// <param name="Elapsed">Wall time of this call.</param>
public sealed record RunSummary(int ProblemCount, long SampleCount, long SamplesDrawn, long CorrectCount, TimeSpan Elapsed);
