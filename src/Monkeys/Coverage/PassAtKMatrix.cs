using Monkeys.Common;

namespace Monkeys.Coverage;

/// <summary>Per-problem pass@k at every budget of a grid, after checking the grid against each problem.</summary>
internal static class PassAtKMatrix
{
    /// <summary>Returns rows[p][i] = pass@ks[i] of problem p.</summary>
    /// <remarks>
    /// Each row comes from one pass over k = 0 … max(ks) of the probability that k samples drawn without
    /// replacement hold no correct one, q(k) = C(n−c, k)/C(n, k), built as q(k+1) = q(k)·(n−c−k)/(n−k).
    /// That is O(max k) per problem whatever the grid, so every k from 1 to 10,000 for 128 problems is
    /// about 1.3 million multiplications. The running product agrees with <see cref="PassAtK.Estimate"/>
    /// to about 1e-12 at n = 10,000.
    /// </remarks>
    public static double[][] Build(IReadOnlyList<ProblemCounts> problems, IReadOnlyList<int> ks)
    {
        int maxK = Validate(problems, ks);

        var rows = new double[problems.Count][];
        var noCorrect = new double[maxK + 1];
        for (int p = 0; p < problems.Count; p++)
        {
            FillNoCorrect(problems[p].SampleCount, problems[p].CorrectCount, noCorrect);

            var row = new double[ks.Count];
            for (int i = 0; i < ks.Count; i++)
            {
                row[i] = 1.0 - noCorrect[ks[i]];
            }

            rows[p] = row;
        }

        return rows;
    }

    private static void FillNoCorrect(int sampleCount, int correctCount, double[] noCorrect)
    {
        int incorrectCount = sampleCount - correctCount;
        double q = 1.0;
        noCorrect[0] = 1.0;
        for (int k = 1; k < noCorrect.Length; k++)
        {
            // Drawing the k-th sample: it is incorrect with probability (n−c−(k−1))/(n−(k−1)).
            q = k > incorrectCount ? 0.0 : q * (incorrectCount - k + 1) / (sampleCount - k + 1);
            noCorrect[k] = q;
        }
    }

    // Returns the largest k after checking the grid and the counts; names the problem at fault.
    private static int Validate(IReadOnlyList<ProblemCounts> problems, IReadOnlyList<int> ks)
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

        return maxK;
    }
}
