using Monkeys.Coverage;

namespace Monkeys.Analysis.Selection;

/// <summary>
/// One problem's samples reduced to arrays for fast subset simulation: cluster per sample, verdict,
/// score and weight, plus whole-list totals used when a subset is drawn as its complement.
/// </summary>
internal sealed class PreparedProblem
{
    private PreparedProblem(string problemId, int sampleCount)
    {
        ProblemId = problemId;
        Cluster = new int[sampleCount];
        Correct = new bool[sampleCount];
        Score = new double[sampleCount];
        Weight = new double[sampleCount];
    }

    public string ProblemId { get; }

    public int SampleCount => Cluster.Length;

    public int ClusterCount { get; private set; }

    public int CorrectCount { get; private set; }

    public bool HasScores { get; private set; }

    public int[] Cluster { get; }

    public bool[] Correct { get; }

    public double[] Score { get; }

    public double[] Weight { get; }

    // Cluster, weight and score of each sample side by side, so a random sample costs one cache line.
    public SampleEntry[] Entries { get; private set; } = [];

    public int[] FullCounts { get; private set; } = [];

    public double[] FullWeights { get; private set; } = [];

    // Members of cluster c in ascending sample order: Members[MemberStart[c] .. MemberStart[c + 1]).
    public int[] MemberStart { get; private set; } = [];

    public int[] Members { get; private set; } = [];

    // Answered samples by descending score, ties by ascending index; empty without scores.
    public int[] BestOrder { get; private set; } = [];

    public ProblemCounts Counts => new(ProblemId, SampleCount, CorrectCount);

    public static PreparedProblem Create(ProblemOutcomes problem, SelectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(problem);
        IReadOnlyList<SampleOutcome> samples = problem.Samples;
        if (samples.Count == 0)
        {
            throw new ArgumentException($"Problem '{problem.ProblemId}' has no samples; selection needs at least one.", nameof(problem));
        }

        var prepared = new PreparedProblem(problem.ProblemId, samples.Count);
        AnswerClusters clusters = AnswerClusters.Build(samples, options.Equivalence);
        prepared.ClusterCount = clusters.Count;
        prepared.HasScores = DetectScores(problem);

        for (int i = 0; i < samples.Count; i++)
        {
            prepared.Cluster[i] = clusters.ClusterOf(i);
            prepared.Correct[i] = samples[i].IsCorrect;
            prepared.CorrectCount += samples[i].IsCorrect ? 1 : 0;
            prepared.Score[i] = double.NaN;
            if (prepared.HasScores && prepared.Cluster[i] != AnswerClusters.NoAnswer)
            {
                prepared.Score[i] = RequireScore(problem, i);
                prepared.Weight[i] = AnswerSelection.Weight(prepared.Score[i], options.ScoreKind);
            }
        }

        prepared.BuildTotals();
        return prepared;
    }

    // Scores are all-or-nothing per problem: either no sample has one (reward methods are skipped)
    // or every answered sample must have one.
    private static bool DetectScores(ProblemOutcomes problem)
    {
        foreach (SampleOutcome sample in problem.Samples)
        {
            if (sample.RewardScore is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static double RequireScore(ProblemOutcomes problem, int index)
    {
        try
        {
            return AnswerSelection.RequireScore(problem.Samples[index], index);
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException($"Problem '{problem.ProblemId}': {error.Message}", nameof(problem), error);
        }
    }

    private void BuildTotals()
    {
        Entries = new SampleEntry[SampleCount];
        for (int i = 0; i < SampleCount; i++)
        {
            Entries[i] = new SampleEntry(Cluster[i], Weight[i], Score[i]);
        }

        FullCounts = new int[ClusterCount];
        FullWeights = new double[ClusterCount];
        for (int i = 0; i < SampleCount; i++)
        {
            int cluster = Cluster[i];
            if (cluster >= 0)
            {
                FullCounts[cluster]++;
                FullWeights[cluster] += Weight[i];
            }
        }

        MemberStart = new int[ClusterCount + 1];
        for (int cluster = 0; cluster < ClusterCount; cluster++)
        {
            MemberStart[cluster + 1] = MemberStart[cluster] + FullCounts[cluster];
        }

        Members = new int[MemberStart[ClusterCount]];
        var next = (int[])MemberStart.Clone();
        for (int i = 0; i < SampleCount; i++)
        {
            if (Cluster[i] >= 0)
            {
                Members[next[Cluster[i]]++] = i;
            }
        }

        if (HasScores)
        {
            BestOrder = Members.ToArray();
            Array.Sort(BestOrder, (left, right) =>
            {
                int byScore = Score[right].CompareTo(Score[left]);
                return byScore != 0 ? byScore : left.CompareTo(right);
            });
        }
    }

    public readonly record struct SampleEntry(int Cluster, double Weight, double Score);
}
