using Monkeys.Coverage;

namespace Monkeys.Analysis.Curves;

/// <summary>A model's name with its per-problem sample and correct counts on one task.</summary>
/// <param name="Model">Model name.</param>
/// <param name="Problems">Counts per problem.</param>
public sealed record NamedCounts(string Model, IReadOnlyList<ProblemCounts> Problems)
{
    /// <summary>Mean pass@1 over problems: the mean of c/n.</summary>
    public double PassAt1 => Problems.Count == 0
        ? throw new InvalidOperationException($"Model '{Model}' has no problems, so pass@1 is undefined.")
        : Problems.Average(p => (double)p.CorrectCount / p.SampleCount);
}
