using Monkeys.Verification;

namespace Monkeys.Analysis.Selection;

/// <summary>
/// Groups a problem's samples by answer so that equivalent answers (for example <c>0.5</c> and
/// <c>1/2</c> under a numeric or MATH equivalence) vote together.
/// </summary>
/// <remarks>
/// Clusters are numbered in order of their first sample. Identical strings always share a cluster.
/// A new distinct answer joins the first earlier cluster whose first answer is equivalent to it under
/// <see cref="IAnswerEquivalence.AreEquivalent"/>, or starts a new cluster; an equivalence that is not
/// transitive can therefore split answers that a different order would merge. Cost: one equivalence
/// call per (distinct answer, earlier cluster) pair. A null, empty or white-space answer means "no
/// answer" and belongs to no cluster.
/// </remarks>
public sealed class AnswerClusters
{
    private readonly int[] clusterOfSample;
    private readonly List<string> representatives;
    private readonly List<int> firstSamples;

    private AnswerClusters(int[] clusterOfSample, List<string> representatives, List<int> firstSamples)
    {
        this.clusterOfSample = clusterOfSample;
        this.representatives = representatives;
        this.firstSamples = firstSamples;
    }

    /// <summary>Value of <see cref="ClusterOf"/> for a sample without an answer.</summary>
    public const int NoAnswer = -1;

    /// <summary>Number of distinct answers after grouping.</summary>
    public int Count => representatives.Count;

    /// <summary>Number of samples grouped.</summary>
    public int SampleCount => clusterOfSample.Length;

    /// <summary>Groups <paramref name="samples"/> by answer.</summary>
    /// <param name="samples">Samples in index order.</param>
    /// <param name="equivalence">Answer equivalence; null groups by exact (ordinal) string equality.</param>
    public static AnswerClusters Build(IReadOnlyList<SampleOutcome> samples, IAnswerEquivalence? equivalence)
    {
        ArgumentNullException.ThrowIfNull(samples);

        var clusterOfSample = new int[samples.Count];
        var representatives = new List<string>();
        var firstSamples = new List<int>();
        var clusterOfString = new Dictionary<string, int>(StringComparer.Ordinal);

        for (int i = 0; i < samples.Count; i++)
        {
            string? answer = samples[i].Answer;
            if (string.IsNullOrWhiteSpace(answer))
            {
                clusterOfSample[i] = NoAnswer;
                continue;
            }

            if (!clusterOfString.TryGetValue(answer, out int cluster))
            {
                cluster = FindEquivalent(answer, representatives, equivalence);
                if (cluster == NoAnswer)
                {
                    cluster = representatives.Count;
                    representatives.Add(answer);
                    firstSamples.Add(i);
                }

                clusterOfString.Add(answer, cluster);
            }

            clusterOfSample[i] = cluster;
        }

        return new AnswerClusters(clusterOfSample, representatives, firstSamples);
    }

    /// <summary>Returns the cluster of sample <paramref name="sampleIndex"/>, or <see cref="NoAnswer"/>.</summary>
    /// <param name="sampleIndex">Index of the sample, 0 to <see cref="SampleCount"/> − 1.</param>
    public int ClusterOf(int sampleIndex) => clusterOfSample[sampleIndex];

    /// <summary>Returns the answer text of a cluster's first sample.</summary>
    /// <param name="cluster">Cluster number, 0 to <see cref="Count"/> − 1.</param>
    public string Representative(int cluster) => representatives[cluster];

    /// <summary>Returns the index of a cluster's first sample.</summary>
    /// <param name="cluster">Cluster number, 0 to <see cref="Count"/> − 1.</param>
    public int FirstSample(int cluster) => firstSamples[cluster];

    private static int FindEquivalent(string answer, List<string> representatives, IAnswerEquivalence? equivalence)
    {
        if (equivalence is null)
        {
            return NoAnswer;
        }

        for (int cluster = 0; cluster < representatives.Count; cluster++)
        {
            if (equivalence.AreEquivalent(representatives[cluster], answer))
            {
                return cluster;
            }
        }

        return NoAnswer;
    }
}
