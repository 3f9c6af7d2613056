namespace Monkeys.Coverage;

/// <summary>Sample and correct-sample counts of one problem: the input of every coverage estimate.</summary>
/// <param name="ProblemId">Problem identifier, used in error messages.</param>
/// <param name="SampleCount">Samples drawn for the problem (n).</param>
/// <param name="CorrectCount">Correct samples among them (c).</param>
public sealed record ProblemCounts(string ProblemId, int SampleCount, int CorrectCount);
