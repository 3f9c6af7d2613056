using Monkeys.Analysis.Fits;

namespace Monkeys.Analysis.Families;

/// <summary>One model of a family comparison.</summary>
/// <param name="Model">Model name.</param>
/// <param name="Fit">Fit of the model's coverage curve.</param>
/// <param name="ShiftLog10K">
/// log10 k_model(X) − log10 k_reference(X) at the comparison coverage X. A positive shift means the
/// model needs more samples than the reference. Null when either fit never reaches X.
/// </param>
/// <param name="ShiftReason">Why the shift is missing; null when it is present.</param>
public sealed record FamilyMember(string Model, PowerLawFit Fit, double? ShiftLog10K, string? ShiftReason);
