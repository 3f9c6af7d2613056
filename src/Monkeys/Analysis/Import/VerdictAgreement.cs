using Monkeys.Coverage;

namespace Monkeys.Analysis.Import;

/// <summary>How often our verifier agrees with the released <c>is_corrects</c> over a whole file.</summary>
/// <param name="Rows">Rows (problems) compared.</param>
/// <param name="Samples">Samples compared.</param>
/// <param name="Agreements">Samples that both mark correct or both mark not correct.</param>
/// <param name="ReleasedOnlyCorrect">Samples the release marks correct and our verifier does not.</param>
/// <param name="OursOnlyCorrect">Samples our verifier marks correct and the release does not.</param>
/// <param name="Examples">The first disagreements, up to the requested number.</param>
/// <param name="ReleasedCounts">Per-problem counts by the released verdicts.</param>
/// <param name="OurCounts">Per-problem counts by our verdicts.</param>
public sealed record VerdictAgreement(
    int Rows,
    long Samples,
    long Agreements,
    long ReleasedOnlyCorrect,
    long OursOnlyCorrect,
    IReadOnlyList<VerdictDisagreement> Examples,
    IReadOnlyList<ProblemCounts> ReleasedCounts,
    IReadOnlyList<ProblemCounts> OurCounts)
{
    /// <summary>Fraction of samples on which the verdicts agree; 1 for an empty file.</summary>
    public double AgreementRate => Samples == 0 ? 1.0 : (double)Agreements / Samples;
}
