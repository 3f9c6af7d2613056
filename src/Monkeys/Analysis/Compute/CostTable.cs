using System.Globalization;
using Monkeys.Common;

namespace Monkeys.Analysis.Compute;

/// <summary>
/// Dollar cost of solving a problem set with repeated attempts: total = price per attempt × attempts
/// per problem × problems. Brown et al. 2024 (arXiv 2407.21787, Table 1) use it to compare five
/// attempts of a cheap model with one attempt of a dearer one on 300 SWE-bench Lite problems.
/// </summary>
public static class CostTable
{
    /// <summary>Computes one cost row per system, in the order given.</summary>
    /// <param name="systems">Price, attempts and solve rate of each system.</param>
    /// <param name="problemCount">Problems in the set, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A price is negative, a solve rate lies outside [0, 1], attempts or the problem count are below 1.</exception>
    public static IReadOnlyList<CostRow> Compute(IReadOnlyList<AttemptPricing> systems, int problemCount)
    {
        ArgumentNullException.ThrowIfNull(systems);
        Guard.AtLeast(problemCount, 1);

        var rows = new CostRow[systems.Count];
        for (int i = 0; i < systems.Count; i++)
        {
            AttemptPricing system = systems[i];
            Check(system);

            decimal total = system.PricePerAttempt * system.Attempts * problemCount;
            double solved = system.SolveRate * problemCount;
            decimal? perSolved = solved > 0 ? total / (decimal)solved : null;
            rows[i] = new CostRow(system.System, system.Attempts, system.PricePerAttempt, system.SolveRate, total, perSolved);
        }

        return rows;
    }

    private static void Check(AttemptPricing system)
    {
        string context = $"system '{system.System}'";
        if (system.PricePerAttempt < 0)
        {
            throw Guard.OutOfRange(
                nameof(AttemptPricing.PricePerAttempt),
                system.PricePerAttempt.ToString(CultureInfo.InvariantCulture),
                "0 or more",
                $"{context}: a price in US dollars cannot be negative");
        }

        Guard.AtLeast(system.Attempts, 1, context, nameof(AttemptPricing.Attempts));
        Guard.InRange(system.SolveRate, 0.0, 1.0, $"{context}: a solve rate is a fraction, not a percentage", nameof(AttemptPricing.SolveRate));
    }
}
