namespace Monkeys.Coverage;

/// <summary>
/// Coverage (the fraction of problems solved by at least one of k samples) as a function of k, with a
/// bootstrap confidence interval over problems.
/// </summary>
/// <remarks>
/// Coverage at k is the mean over problems of the unbiased pass@k, 1 − C(n_i − c_i, k)/C(n_i, k), where
/// problem i has n_i samples of which c_i are correct (Brown et al. 2024, "Large Language Monkeys",
/// arXiv 2407.21787, which reuses the estimator of Chen et al. 2021). Problems may have different
/// sample counts, but every k of the grid must be at most every problem's n_i: a larger k is
/// undefined and throws, naming the problem, instead of returning 1.
/// </remarks>
public sealed class CoverageCurve
{
    private CoverageCurve(IReadOnlyList<CoveragePoint> points, int problemCount, BootstrapOptions bootstrap)
    {
        Points = points;
        ProblemCount = problemCount;
        Bootstrap = bootstrap;
    }

    /// <summary>One point per budget, in the order of the grid the curve was computed on.</summary>
    public IReadOnlyList<CoveragePoint> Points { get; }

    /// <summary>Number of problems the curve averages over.</summary>
    public int ProblemCount { get; }

    /// <summary>Bootstrap settings the intervals were computed with.</summary>
    public BootstrapOptions Bootstrap { get; }

    /// <summary>Returns the point at budget <paramref name="k"/>.</summary>
    /// <exception cref="KeyNotFoundException">The curve's grid does not contain <paramref name="k"/>.</exception>
    public CoveragePoint At(int k) =>
        Points.FirstOrDefault(point => point.K == k)
        ?? throw new KeyNotFoundException($"The coverage curve has no point at k = {k}; its grid is {string.Join(", ", Points.Select(point => point.K))}.");

    /// <summary>Computes coverage and its bootstrap interval at every budget of <paramref name="ks"/>.</summary>
    /// <param name="problems">Sample and correct counts per problem (at least one problem).</param>
    /// <param name="ks">Budgets, each from 1 to the smallest sample count, for example <see cref="KGrid.PowersOfTwo"/>.</param>
    /// <param name="bootstrap">Bootstrap settings; <see cref="BootstrapOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the bootstrap between blocks of budgets.</param>
    /// <exception cref="ArgumentException">No problems or an empty grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or budget is out of range; the message names the problem.</exception>
    public static CoverageCurve Compute(
        IReadOnlyList<ProblemCounts> problems,
        IReadOnlyList<int> ks,
        BootstrapOptions? bootstrap = null,
        CancellationToken cancellationToken = default)
    {
        bootstrap ??= BootstrapOptions.Default;
        bootstrap.Validate();

        double[][] rows = PassAtKMatrix.Build(problems, ks);
        double[] means = MeanOverProblems(rows);
        var lower = new double[ks.Count];
        var upper = new double[ks.Count];
        CoverageBootstrap.Interval(rows, bootstrap, lower, upper, cancellationToken);

        var points = new CoveragePoint[ks.Count];
        for (int i = 0; i < ks.Count; i++)
        {
            points[i] = new CoveragePoint(ks[i], means[i], lower[i], upper[i]);
        }

        return new CoverageCurve(points, problems.Count, bootstrap);
    }

    /// <summary>Computes coverage without an interval, the fast path for dense grids such as <see cref="KGrid.Every"/>.</summary>
    /// <param name="problems">Sample and correct counts per problem (at least one problem).</param>
    /// <param name="ks">Budgets, each from 1 to the smallest sample count.</param>
    /// <exception cref="ArgumentException">No problems or an empty grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or budget is out of range; the message names the problem.</exception>
    public static IReadOnlyList<CoverageEstimate> Estimate(IReadOnlyList<ProblemCounts> problems, IReadOnlyList<int> ks)
    {
        double[] means = PassAtKMatrix.MeanOverProblems(problems, ks);
        var estimates = new CoverageEstimate[ks.Count];
        for (int i = 0; i < ks.Count; i++)
        {
            estimates[i] = new CoverageEstimate(ks[i], means[i]);
        }

        return estimates;
    }

    private static double[] MeanOverProblems(double[][] rows)
    {
        var means = new double[rows[0].Length];
        foreach (double[] row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                means[i] += row[i];
            }
        }

        for (int i = 0; i < means.Length; i++)
        {
            means[i] /= rows.Length;
        }

        return means;
    }
}
