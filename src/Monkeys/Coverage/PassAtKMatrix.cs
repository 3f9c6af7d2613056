using Monkeys.Common;

namespace Monkeys.Coverage;

/// <summary>Per-problem pass@k at every budget of a grid, after checking the grid against each problem.</summary>
internal static class PassAtKMatrix
{
    /// <summary>Returns rows[p][i] = pass@ks[i] of problem p.</summary>
    public static double[][] Build(IReadOnlyList<ProblemCounts> problems, IReadOnlyList<int> grid)
    {
        int[] ks = Validate(problems, grid);
        int maxK = ks.Max();

        var rows = new double[problems.Count][];
        var noCorrect = new double[maxK + 1];
        var reciprocals = new ReciprocalTable(maxK);
        for (int p = 0; p < problems.Count; p++)
        {
            FillNoCorrect(problems[p], reciprocals, noCorrect);

            var row = new double[ks.Length];
            for (int i = 0; i < ks.Length; i++)
            {
                row[i] = 1.0 - noCorrect[ks[i]];
            }

            rows[p] = row;
        }

        return rows;
    }

    /// <summary>Returns means[i] = mean over problems of pass@ks[i], without keeping per-problem rows.</summary>
    public static double[] MeanOverProblems(IReadOnlyList<ProblemCounts> problems, IReadOnlyList<int> grid)
    {
        int[] ks = Validate(problems, grid);
        int maxK = ks.Max();

        var sums = new double[ks.Length];
        var noCorrect = new double[maxK + 1];
        var reciprocals = new ReciprocalTable(maxK);
        foreach (var problem in problems)
        {
            FillNoCorrect(problem, reciprocals, noCorrect);
            for (int i = 0; i < ks.Length; i++)
            {
                sums[i] += 1.0 - noCorrect[ks[i]];
            }
        }

        for (int i = 0; i < sums.Length; i++)
        {
            sums[i] /= problems.Count;
        }

        return sums;
    }

    /// <summary>
    /// Fills noCorrect[k] = C(n−c, k)/C(n, k), the probability that k samples drawn without replacement
    /// contain no correct one, for k = 0 … noCorrect.Length − 1.
    /// </summary>
    /// <remarks>
    /// One pass of the running product q(k) = q(k−1)·(1 − c/(n−k+1)), which is O(max k) per problem
    /// whatever the grid: every k from 1 to 10,000 for 128 problems is about 1.3 million multiplications.
    /// The factor uses a table of 1/(n−j), so the loop has no division. At n = 10,000 it agrees with
    /// <see cref="PassAtK.Estimate"/> to within 1e-11.
    /// </remarks>
    private static void FillNoCorrect(ProblemCounts problem, ReciprocalTable reciprocals, double[] noCorrect)
    {
        int sampleCount = problem.SampleCount;
        int correctCount = problem.CorrectCount;
        int incorrectCount = sampleCount - correctCount;
        noCorrect[0] = 1.0;

        if (correctCount == 0)
        {
            Array.Fill(noCorrect, 1.0);
            return;
        }

        ReadOnlySpan<double> inverse = reciprocals.For(sampleCount);
        int last = Math.Min(noCorrect.Length - 1, incorrectCount);
        double q = 1.0;
        for (int k = 1; k <= last; k++)
        {
            // The k-th draw is incorrect with probability (n−c−(k−1))/(n−(k−1)) = 1 − c/(n−k+1).
            q *= 1.0 - correctCount * inverse[k - 1];
            noCorrect[k] = q;
        }

        // Once k exceeds the incorrect samples, every draw of k contains a correct one.
        Array.Fill(noCorrect, 0.0, last + 1, noCorrect.Length - last - 1);
    }

    // Checks the grid and the counts, naming the problem at fault, and returns the grid as an array.
    private static int[] Validate(IReadOnlyList<ProblemCounts> problems, IReadOnlyList<int> ks)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(ks);
        if (problems.Count == 0)
        {
            throw new ArgumentException("Coverage needs at least one problem; the problem list is empty.", nameof(problems));
        }

        if (ks.Count == 0)
        {
            throw new ArgumentException("The k grid is empty; pass at least one budget, for example KGrid.PowersOfTwo(sampleCount).", nameof(ks));
        }

        int maxK = 0;
        foreach (int k in ks)
        {
            Guard.AtLeast(k, 1);
            maxK = Math.Max(maxK, k);
        }

        foreach (var problem in problems)
        {
            if (problem.SampleCount < 1)
            {
                throw Guard.OutOfRange("SampleCount", problem.SampleCount.ToString(), "1 or more", $"problem '{problem.ProblemId}'");
            }

            if (problem.CorrectCount < 0 || problem.CorrectCount > problem.SampleCount)
            {
                throw Guard.OutOfRange(
                    "CorrectCount",
                    problem.CorrectCount.ToString(),
                    $"0 to {problem.SampleCount}",
                    $"problem '{problem.ProblemId}' has {problem.SampleCount} samples");
            }

            if (maxK > problem.SampleCount)
            {
                throw Guard.OutOfRange(
                    "k",
                    maxK.ToString(),
                    $"1 to {problem.SampleCount}",
                    $"problem '{problem.ProblemId}' has only {problem.SampleCount} samples and pass@k is undefined for k above a problem's sample count; "
                    + "lower the largest k or draw more samples for that problem");
            }
        }

        return ks.ToArray();
    }
}
