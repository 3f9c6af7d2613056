using Monkeys.Coverage;

namespace Monkeys.Analysis.Curves;

/// <summary>A labelled coverage curve of one run, for example one model on one task.</summary>
/// <param name="Label">Legend text, for example the model name.</param>
/// <param name="Points">Coverage points with intervals, in ascending k.</param>
public sealed record CoverageSeries(string Label, IReadOnlyList<CoveragePoint> Points);
