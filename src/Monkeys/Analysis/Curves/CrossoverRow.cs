namespace Monkeys.Analysis.Curves;

/// <summary>Where a weaker model's coverage with many samples passes a stronger model's pass@1.</summary>
/// <param name="WeakModel">Model with the lower pass@1.</param>
/// <param name="StrongModel">Model with the higher pass@1.</param>
/// <param name="WeakPassAt1">Mean pass@1 of the weak model.</param>
/// <param name="StrongPassAt1">Mean pass@1 of the strong model.</param>
/// <param name="CrossoverK">Smallest budget k at which the weak model's coverage is at least the strong model's pass@1; null when even k = N does not reach it.</param>
/// <param name="WeakCoverageAtN">Coverage of the weak model with all its N samples.</param>
/// <param name="SampleCount">N: the largest budget the weak model's samples allow (its smallest per-problem sample count).</param>
public sealed record CrossoverRow(
    string WeakModel,
    string StrongModel,
    double WeakPassAt1,
    double StrongPassAt1,
    int? CrossoverK,
    double WeakCoverageAtN,
    int SampleCount);
