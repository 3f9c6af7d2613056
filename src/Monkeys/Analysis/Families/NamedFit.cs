using Monkeys.Analysis.Fits;

namespace Monkeys.Analysis.Families;

/// <summary>A model's name with the power-law fit of its coverage curve.</summary>
/// <param name="Model">Model name, for example "Pythia-1.4B".</param>
/// <param name="Fit">Fit of the model's coverage curve on the task.</param>
public sealed record NamedFit(string Model, PowerLawFit Fit);
