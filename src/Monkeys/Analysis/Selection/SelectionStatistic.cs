namespace Monkeys.Analysis.Selection;

/// <summary>Accuracy of a selection method at one budget over repeated random subsets.</summary>
/// <param name="Mean">Mean over repetitions of the fraction of problems whose pick is correct.</param>
/// <param name="StandardDeviation">Sample standard deviation of that fraction over repetitions; 0 when the subsets cannot vary (k = N) or there is one repetition.</param>
public readonly record struct SelectionStatistic(double Mean, double StandardDeviation);
