namespace Monkeys.Analysis.Selection;

/// <summary>
/// Draws random k-subsets of one prepared problem and scores the three selection methods on each,
/// applying the rules of <see cref="AnswerSelection"/>.
/// </summary>
/// <remarks>
/// A subset of k ≤ N/2 samples is drawn directly by a partial Fisher–Yates shuffle and tallied in
/// O(k). A larger subset is drawn as its N − k excluded samples, and its tallies are the whole-list
/// totals minus the excluded ones, so each draw costs O(min(k, N − k) + clusters). The permutation is
/// not reset between draws: a partial shuffle of any arrangement yields a uniform subset.
/// NOTE: in the complement path a cluster's summed weight is a difference of floating-point sums, so
/// an exact tie in the reward-weighted vote may resolve differently from direct summation.
/// </remarks>
internal sealed class SubsetSimulation
{
    private readonly PreparedProblem problem;
    private ulong randomState;
    private readonly int[] permutation;
    private readonly bool[] excluded;
    private readonly int[] counts;
    private readonly double[] weights;
    private readonly int[] earliest;
    private readonly int[] touched;

    public SubsetSimulation(PreparedProblem problem, ulong seed)
    {
        this.problem = problem;
        randomState = seed;
        permutation = Enumerable.Range(0, problem.SampleCount).ToArray();
        excluded = new bool[problem.SampleCount];
        counts = new int[problem.ClusterCount];
        weights = new double[problem.ClusterCount];
        earliest = new int[problem.ClusterCount];
        touched = new int[problem.ClusterCount];
    }

    /// <summary>Outcome of one draw: whether each method's pick is correct.</summary>
    public readonly record struct Outcome(bool MajorityVote, bool RewardBestOfN, bool RewardWeightedVote);

    public Outcome Draw(int k)
    {
        int sampleCount = problem.SampleCount;
        return k <= sampleCount - k ? DrawDirect(k) : DrawComplement(sampleCount - k);
    }

    // Partial Fisher–Yates with an inlined SplitMix64 generator. A bounded draw takes the high 64 bits
    // of a 64×64-bit product (Lemire's method without the rejection step): its bias is below
    // bound / 2^64, under 1e-15 for 10,000 samples, and skipping the rejection keeps the loop branch-free.
    private void Shuffle(int drawCount)
    {
        int[] order = permutation;
        int sampleCount = order.Length;
        ulong state = randomState;
        for (int j = 0; j < drawCount; j++)
        {
            state += 0x9E3779B97F4A7C15UL;
            ulong z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            int other = j + (int)Math.BigMul(z, (ulong)(sampleCount - j), out _);
            (order[j], order[other]) = (order[other], order[j]);
        }

        randomState = state;
    }

    private Outcome DrawDirect(int k)
    {
        Shuffle(k);

        int touchedCount = 0;
        int best = -1;
        double bestScore = double.NegativeInfinity;
        PreparedProblem.SampleEntry[] entries = problem.Entries;
        int[] order = permutation;
        int[] clusterCounts = counts;
        int[] clusterEarliest = earliest;
        bool hasScores = problem.HasScores;
        for (int j = 0; j < k; j++)
        {
            int sample = order[j];
            ref readonly PreparedProblem.SampleEntry entry = ref entries[sample];
            int c = entry.Cluster;
            if (c < 0)
            {
                continue;
            }

            if (clusterCounts[c] == 0)
            {
                touched[touchedCount++] = c;
                clusterEarliest[c] = sample;
            }
            else if (sample < clusterEarliest[c])
            {
                clusterEarliest[c] = sample;
            }

            clusterCounts[c]++;
            if (hasScores)
            {
                weights[c] += entry.Weight;
                double score = entry.Score;
                if (best < 0 || score > bestScore || (score == bestScore && sample < best))
                {
                    best = sample;
                    bestScore = score;
                }
            }
        }

        int majority = -1;
        int weighted = -1;
        for (int t = 0; t < touchedCount; t++)
        {
            int c = touched[t];
            if (majority < 0 || counts[c] > counts[majority] || (counts[c] == counts[majority] && earliest[c] < earliest[majority]))
            {
                majority = c;
            }

            if (weighted < 0 || weights[c] > weights[weighted] || (weights[c] == weights[weighted] && earliest[c] < earliest[weighted]))
            {
                weighted = c;
            }
        }

        var outcome = new Outcome(
            majority >= 0 && problem.Correct[earliest[majority]],
            best >= 0 && problem.Correct[best],
            problem.HasScores && weighted >= 0 && problem.Correct[earliest[weighted]]);

        for (int t = 0; t < touchedCount; t++)
        {
            counts[touched[t]] = 0;
            weights[touched[t]] = 0;
        }

        return outcome;
    }

    private Outcome DrawComplement(int excludedCount)
    {
        Shuffle(excludedCount);

        Array.Copy(problem.FullCounts, counts, counts.Length);
        Array.Copy(problem.FullWeights, weights, weights.Length);
        for (int j = 0; j < excludedCount; j++)
        {
            int sample = permutation[j];
            excluded[sample] = true;
            int c = problem.Cluster[sample];
            if (c >= 0)
            {
                counts[c]--;
                weights[c] -= problem.Weight[sample];
            }
        }

        int majority = PickCluster(useWeights: false);
        int weighted = problem.HasScores ? PickCluster(useWeights: true) : -1;
        int best = -1;
        foreach (int sample in problem.BestOrder)
        {
            if (!excluded[sample])
            {
                best = sample;
                break;
            }
        }

        var outcome = new Outcome(
            majority >= 0 && problem.Correct[EarliestRemaining(majority)],
            best >= 0 && problem.Correct[best],
            weighted >= 0 && problem.Correct[EarliestRemaining(weighted)]);

        for (int j = 0; j < excludedCount; j++)
        {
            excluded[permutation[j]] = false;
        }

        return outcome;
    }

    // Highest total among clusters that still have a vote; ties go to the earliest remaining sample.
    private int PickCluster(bool useWeights)
    {
        int winner = -1;
        int winnerEarliest = int.MaxValue;
        for (int c = 0; c < counts.Length; c++)
        {
            if (counts[c] == 0)
            {
                continue;
            }

            if (winner < 0)
            {
                winner = c;
                winnerEarliest = -1;
                continue;
            }

            double total = useWeights ? weights[c] : counts[c];
            double winnerTotal = useWeights ? weights[winner] : counts[winner];
            if (total > winnerTotal)
            {
                winner = c;
                winnerEarliest = -1;
            }
            else if (total == winnerTotal)
            {
                // Earliest remaining samples are found lazily: only ties need them.
                if (winnerEarliest < 0)
                {
                    winnerEarliest = EarliestRemaining(winner);
                }

                int candidateEarliest = EarliestRemaining(c);
                if (candidateEarliest < winnerEarliest)
                {
                    winner = c;
                    winnerEarliest = candidateEarliest;
                }
            }
        }

        return winner;
    }

    private int EarliestRemaining(int cluster)
    {
        for (int m = problem.MemberStart[cluster]; m < problem.MemberStart[cluster + 1]; m++)
        {
            int sample = problem.Members[m];
            if (!excluded[sample])
            {
                return sample;
            }
        }

        throw new InvalidOperationException($"Cluster {cluster} of problem '{problem.ProblemId}' has a vote but no remaining sample; the tallies are inconsistent.");
    }
}
