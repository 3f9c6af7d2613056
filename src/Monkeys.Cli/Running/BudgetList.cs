using Monkeys.Coverage;

namespace Monkeys.Cli.Running;

/// <summary>Parses the <c>--k</c> option into the budgets of the coverage table.</summary>
internal static class BudgetList
{
    /// <summary>Returns the budgets of <paramref name="text"/>, or <see cref="KGrid.PowersOfTwo"/> of <paramref name="samples"/> when it is null.</summary>
    /// <exception cref="UsageException">An entry is not an integer, is below 1, or exceeds <paramref name="samples"/>.</exception>
    public static IReadOnlyList<int> Parse(string? text, int samples)
    {
        if (text is null)
        {
            return KGrid.PowersOfTwo(samples);
        }

        var budgets = new SortedSet<int>();
        foreach (string entry in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(entry, out int k) || k < 1)
            {
                throw new UsageException($"--k entry '{entry}' is not a whole number of 1 or more. Pass a comma-separated list such as 1,10,100.");
            }

            if (k > samples)
            {
                throw new UsageException(
                    $"--k {k} exceeds --samples {samples}: pass@k needs at least k samples per problem. Lower k or raise --samples.");
            }

            budgets.Add(k);
        }

        if (budgets.Count == 0)
        {
            throw new UsageException("--k is empty. Pass a comma-separated list such as 1,10,100, or leave it out.");
        }

        return budgets.ToArray();
    }
}
