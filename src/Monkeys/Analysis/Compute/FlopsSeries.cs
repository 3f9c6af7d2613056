namespace Monkeys.Analysis.Compute;

/// <summary>A labelled coverage-versus-FLOPs curve of one model.</summary>
/// <param name="Label">Legend text, for example the model name.</param>
/// <param name="Points">Points in ascending FLOPs.</param>
public sealed record FlopsSeries(string Label, IReadOnlyList<FlopsCoveragePoint> Points);
