namespace Monkeys.Runs;

/// <summary>Progress of a run, reported by <see cref="RunPipeline"/> as samples arrive.</summary>
/// <param name="ProblemsDone">Problems with all their samples stored, including those finished before a resume.</param>
/// <param name="ProblemCount">Problems in the run.</param>
/// <param name="SamplesDone">Samples stored, including those stored before a resume.</param>
/// <param name="SampleCount">Samples the finished run holds: problems × samples per problem.</param>
/// <param name="SamplesPerSecond">Samples drawn per second of wall time since this pipeline started; 0 before the first sample.</param>
/// <param name="EstimatedTimeRemaining">Remaining samples divided by <paramref name="SamplesPerSecond"/>; null until the rate is known.</param>
public sealed record RunProgress(
    int ProblemsDone,
    int ProblemCount,
    long SamplesDone,
    long SampleCount,
    double SamplesPerSecond,
    TimeSpan? EstimatedTimeRemaining);
