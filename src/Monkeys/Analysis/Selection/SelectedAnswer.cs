namespace Monkeys.Analysis.Selection;

/// <summary>The answer a selection method picked from a set of samples.</summary>
/// <param name="Answer">The picked answer, as written by the first sample of its answer cluster.</param>
/// <param name="SampleIndex">Index of the sample whose answer and verdict stand for the pick: the cluster's first sample for votes, the top-scored sample for best-of-N.</param>
/// <param name="IsCorrect">Verdict of that sample.</param>
/// <param name="Votes">Samples in the picked cluster (1 for best-of-N).</param>
/// <param name="Weight">Summed weight of the picked cluster for the weighted vote, the top score for best-of-N, the vote count for majority vote.</param>
public sealed record SelectedAnswer(string Answer, int SampleIndex, bool IsCorrect, int Votes, double Weight);
