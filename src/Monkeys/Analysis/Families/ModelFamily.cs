using System.Globalization;
using Monkeys.Analysis.Fits;

namespace Monkeys.Analysis.Families;

/// <summary>Compares the coverage fits of several models of one family: spread of b and shift in log k.</summary>
/// <remarks>
/// The shift between two fits at coverage X is log10 of the ratio of the budgets that reach X,
/// k(X) = (ln X / a)^(1/b). When two fits share b, the shift is ln(a_ref / a) / (b · ln 10) at every X.
/// </remarks>
public static class ModelFamily
{
    /// <summary>Compares <paramref name="fits"/> against the reference model.</summary>
    /// <param name="fits">Fits of two or more models.</param>
    /// <param name="referenceModel">Model the shifts are measured from; null for the first fit.</param>
    /// <param name="coverageLevel">
    /// Coverage X in (0, 1) at which to measure shifts; null for the reference fit's coverage at the
    /// geometric middle of its fitted k range.
    /// </param>
    /// <exception cref="ArgumentException">Fewer than two fits, duplicate names, or an unknown reference.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The coverage level is not strictly between 0 and 1.</exception>
    public static FamilyComparison Compare(IReadOnlyList<NamedFit> fits, string? referenceModel = null, double? coverageLevel = null)
    {
        ArgumentNullException.ThrowIfNull(fits);
        if (fits.Count < 2)
        {
            throw new ArgumentException($"A family comparison needs at least two models' fits, but got {fits.Count}.", nameof(fits));
        }

        string? duplicate = fits.GroupBy(f => f.Model).FirstOrDefault(group => group.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ArgumentException($"Model '{duplicate}' appears twice; give every fit a distinct model name.", nameof(fits));
        }

        NamedFit reference = referenceModel is null
            ? fits[0]
            : fits.FirstOrDefault(f => f.Model == referenceModel)
              ?? throw new ArgumentException(
                  $"Reference model '{referenceModel}' is not among the fits ({string.Join(", ", fits.Select(f => f.Model))}).",
                  nameof(referenceModel));

        double level = coverageLevel ?? reference.Fit.Coverage(Math.Sqrt(reference.Fit.MinK * reference.Fit.MaxK));
        if (double.IsNaN(level) || level <= 0 || level >= 1)
        {
            throw Common.Guard.OutOfRange(
                nameof(coverageLevel), level.ToString("R", CultureInfo.InvariantCulture), "greater than 0 and less than 1");
        }

        var members = new List<FamilyMember>();
        foreach (NamedFit fit in fits)
        {
            (double? shift, string? reason) = HorizontalShift(reference.Fit, fit.Fit, level);
            members.Add(new FamilyMember(fit.Model, fit.Fit, shift, reason));
        }

        double[] slopes = fits.Select(f => f.Fit.B).ToArray();
        double mean = slopes.Average();
        double variance = slopes.Sum(b => (b - mean) * (b - mean)) / (slopes.Length - 1);
        return new FamilyComparison(reference.Model, level, members, mean, Math.Sqrt(variance), slopes.Min(), slopes.Max());
    }

    /// <summary>
    /// Computes log10 k_other(X) − log10 k_reference(X), or the reason it does not exist.
    /// </summary>
    /// <param name="reference">Fit the shift is measured from.</param>
    /// <param name="other">Fit whose shift is measured.</param>
    /// <param name="coverage">Coverage X, strictly between 0 and 1.</param>
    public static (double? ShiftLog10K, string? Reason) HorizontalShift(PowerLawFit reference, PowerLawFit other, double coverage)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(other);

        SampleBudgetEstimate referenceBudget = reference.SamplesForCoverage(coverage);
        SampleBudgetEstimate otherBudget = other.SamplesForCoverage(coverage);
        if (!referenceBudget.IsReachable)
        {
            return (null, $"the reference fit never reaches coverage {coverage:F3}: {referenceBudget.Reason}");
        }

        if (!otherBudget.IsReachable)
        {
            return (null, $"this fit never reaches coverage {coverage:F3}: {otherBudget.Reason}");
        }

        return (Math.Log10(otherBudget.Samples!.Value) - Math.Log10(referenceBudget.Samples!.Value), null);
    }
}
