namespace Monkeys.Analysis.Families;

/// <summary>
/// Slopes and horizontal shifts of the coverage fits of several models of one family. Brown et al.
/// 2024 find similar slopes b within a family, so curves differ mostly by a shift in log k.
/// </summary>
/// <param name="ReferenceModel">Model the shifts are measured from.</param>
/// <param name="CoverageLevel">Coverage X at which the shifts are measured.</param>
/// <param name="Members">One entry per model, in input order.</param>
/// <param name="MeanB">Mean of the fitted b.</param>
/// <param name="StandardDeviationB">Sample standard deviation of the fitted b.</param>
/// <param name="MinB">Smallest fitted b.</param>
/// <param name="MaxB">Largest fitted b.</param>
public sealed record FamilyComparison(
    string ReferenceModel,
    double CoverageLevel,
    IReadOnlyList<FamilyMember> Members,
    double MeanB,
    double StandardDeviationB,
    double MinB,
    double MaxB)
{
    /// <summary>Range of b: <see cref="MaxB"/> − <see cref="MinB"/>.</summary>
    public double RangeB => MaxB - MinB;

    /// <summary>|standard deviation / mean| of b, the spread relative to the typical slope.</summary>
    public double CoefficientOfVariationB => Math.Abs(StandardDeviationB / MeanB);
}
