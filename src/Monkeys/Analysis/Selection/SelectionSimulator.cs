using Monkeys.Common;
using Monkeys.Coverage;

namespace Monkeys.Analysis.Selection;

/// <summary>
/// Evaluates majority vote, reward-model best-of-N and reward-weighted vote at several budgets, each
/// as mean ± standard deviation over random k-subsets, next to coverage (Brown et al. 2024, "Large
/// Language Monkeys", arXiv 2407.21787).
/// </summary>
/// <remarks>
/// For every budget k and repetition r, one k-subset (without replacement) is drawn per problem, each
/// method picks an answer from it by the rules of <see cref="AnswerSelection"/>, and the fraction of
/// problems with a correct pick is that repetition's accuracy. The statistic reports the mean and the
/// sample standard deviation of the accuracy over repetitions. Coverage is the exact mean pass@k.
/// Each problem's draws come from its own random stream, derived from the seed and the problem's
/// position in the input, so the result does not depend on thread scheduling.
/// </remarks>
public static class SelectionSimulator
{
    /// <summary>Evaluates every method at every budget of <paramref name="ks"/>.</summary>
    /// <param name="problems">Samples of each problem; read once, so a streamed sequence is fine.</param>
    /// <param name="ks">Budgets, each from 1 to the smallest sample count.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="progress">Receives the number of problems finished.</param>
    /// <param name="cancellationToken">Stops the evaluation between budgets.</param>
    /// <exception cref="ArgumentException">No problems, a problem without samples, or reward scores on some problems but not others.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A budget exceeds some problem's sample count; the message names the problem.</exception>
    public static SelectionCurve Evaluate(
        IEnumerable<ProblemOutcomes> problems,
        IReadOnlyList<int> ks,
        SelectionOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(ks);
        options ??= new SelectionOptions();
        Guard.AtLeast(options.Repetitions, 1, "at least one subset per budget", nameof(options.Repetitions));

        List<PreparedProblem> prepared = problems.Select(problem => PreparedProblem.Create(problem, options)).ToList();
        ProblemCounts[] counts = prepared.Select(problem => problem.Counts).ToArray();
        IReadOnlyList<CoverageEstimate> coverage = CoverageCurve.Estimate(counts, ks);
        bool hasScores = CheckScores(prepared);

        int repetitions = options.Repetitions;
        var successes = new long[ks.Count * repetitions * 3];
        int finished = 0;
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1,
        };

        Parallel.For(
            0,
            prepared.Count,
            parallel,
            () => new long[successes.Length],
            (index, _, local) =>
            {
                Simulate(prepared[index], StreamSeed(options.Seed, index), ks, repetitions, local, cancellationToken);
                progress?.Report(Interlocked.Increment(ref finished));
                return local;
            },
            local =>
            {
                lock (successes)
                {
                    for (int i = 0; i < local.Length; i++)
                    {
                        successes[i] += local[i];
                    }
                }
            });

        var points = new SelectionPoint[ks.Count];
        for (int i = 0; i < ks.Count; i++)
        {
            points[i] = new SelectionPoint(
                ks[i],
                coverage[i].Coverage,
                Statistic(successes, i, repetitions, 0, prepared.Count),
                hasScores ? Statistic(successes, i, repetitions, 1, prepared.Count) : null,
                hasScores ? Statistic(successes, i, repetitions, 2, prepared.Count) : null);
        }

        return new SelectionCurve(points, prepared.Count, repetitions, options.Seed, hasScores);
    }

    // successes[(budget · repetitions + repetition) · 3 + method] counts problems with a correct pick.
    private static void Simulate(PreparedProblem problem, ulong seed, IReadOnlyList<int> ks, int repetitions, long[] successes, CancellationToken cancellationToken)
    {
        var simulation = new SubsetSimulation(problem, seed);
        for (int i = 0; i < ks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int k = ks[i];

            // With k = N every subset is the whole list, so one draw stands for all repetitions.
            SubsetSimulation.Outcome whole = k == problem.SampleCount ? simulation.Draw(k) : default;
            for (int r = 0; r < repetitions; r++)
            {
                SubsetSimulation.Outcome outcome = k == problem.SampleCount ? whole : simulation.Draw(k);
                int slot = ((i * repetitions) + r) * 3;
                successes[slot] += outcome.MajorityVote ? 1 : 0;
                successes[slot + 1] += outcome.RewardBestOfN ? 1 : 0;
                successes[slot + 2] += outcome.RewardWeightedVote ? 1 : 0;
            }
        }
    }

    private static SelectionStatistic Statistic(long[] successes, int budgetIndex, int repetitions, int method, int problemCount)
    {
        double Accuracy(int repetition) =>
            successes[(((budgetIndex * repetitions) + repetition) * 3) + method] / (double)problemCount;

        double sum = 0;
        for (int r = 0; r < repetitions; r++)
        {
            sum += Accuracy(r);
        }

        double mean = sum / repetitions;
        if (repetitions == 1)
        {
            return new SelectionStatistic(mean, 0);
        }

        // Two passes, so identical repetitions give a standard deviation of exactly 0.
        double squares = 0;
        for (int r = 0; r < repetitions; r++)
        {
            double deviation = Accuracy(r) - mean;
            squares += deviation * deviation;
        }

        return new SelectionStatistic(mean, Math.Sqrt(squares / (repetitions - 1)));
    }

    private static bool CheckScores(List<PreparedProblem> prepared)
    {
        PreparedProblem? scored = prepared.FirstOrDefault(problem => problem.HasScores);
        PreparedProblem? unscored = prepared.FirstOrDefault(problem => !problem.HasScores);
        if (scored is not null && unscored is not null)
        {
            throw new ArgumentException(
                $"Problem '{scored.ProblemId}' has reward scores but problem '{unscored.ProblemId}' has none; "
                + "score every problem's samples, or remove the scores to evaluate majority vote only.");
        }

        return scored is not null;
    }

    private static ulong StreamSeed(ulong seed, int problemIndex)
    {
        // Hash (seed, index) through one SplitMix64 step so neighbouring problems get unrelated streams.
        var mixer = new SeededRandom(seed ^ ((ulong)problemIndex * 0xD1B54A32D192ED03UL));
        return mixer.NextUInt64();
    }
}
