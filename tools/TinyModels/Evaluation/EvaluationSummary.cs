using System.Globalization;
using System.Text;
using Monkeys.Coverage;

namespace Monkeys.TinyModels.Evaluation;

/// <summary>
/// Coverage, selection and verifier-ranking metrics of one evaluation file (one model, n samples per problem).
/// </summary>
/// <remarks>
/// Coverage at k is the mean over problems of the unbiased pass@k estimate 1 − C(n−c, k)/C(n, k)
/// (<see cref="PassAtK.Estimate"/>). Majority vote and best-of-N at budget k draw 100 random k-subsets of
/// each problem's samples (seeded) and count a subset as solved when the chosen answer is correct; the
/// reported value is the mean over problems and subsets. Majority vote picks the most frequent extracted
/// answer (ties go to the answer seen first in the subset's random order); best-of-N picks the sample
/// with the highest verifier score. AUROC is the Mann-Whitney probability that a random correct sample
/// scores above a random incorrect one, ties counting one half.
/// </remarks>
public sealed class EvaluationSummary
{
    private const int SubsetsPerBudget = 100;

    private readonly List<List<SampleRecordLine>> _problems;

    /// <summary>Groups <paramref name="lines"/> by problem; every problem must have the same number of samples.</summary>
    public EvaluationSummary(IEnumerable<SampleRecordLine> lines)
    {
        _problems = lines.GroupBy(l => l.ProblemId).Select(g => g.OrderBy(l => l.Index).ToList()).ToList();
        var counts = _problems.Select(p => p.Count).Distinct().ToList();
        if (counts.Count != 1)
        {
            throw new InvalidDataException($"Problems have different sample counts ({string.Join(", ", counts)}); evaluate every problem with the same count.");
        }

        SamplesPerProblem = counts[0];
    }

    /// <summary>Number of problems.</summary>
    public int ProblemCount => _problems.Count;

    /// <summary>Samples per problem (n).</summary>
    public int SamplesPerProblem { get; }

    /// <summary>Whether every sample carries a verifier score.</summary>
    public bool HasScores => _problems.All(p => p.All(s => s.Score.HasValue));

    /// <summary>Returns coverage at <paramref name="k"/>: the mean unbiased pass@k over problems.</summary>
    public double Coverage(int k) =>
        _problems.Average(p => PassAtK.Estimate(p.Count, p.Count(s => s.Correct), k));

    /// <summary>Returns the per-problem fraction of correct samples.</summary>
    public IReadOnlyList<double> SuccessRates() => _problems.Select(p => p.Count(s => s.Correct) / (double)p.Count).ToList();

    /// <summary>Returns the majority-vote success rate at budget <paramref name="k"/>.</summary>
    public double MajorityVote(int k, int seed = 1) => Selection(k, seed, subset =>
    {
        var groups = subset.Where(s => s.Answer is not null)
            .Select((s, order) => (Sample: s, Order: order))
            .GroupBy(x => x.Sample.Answer)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.Order))
            .FirstOrDefault();
        return groups is not null && groups.First().Sample.Correct;
    });

    /// <summary>Returns the best-of-N success rate at budget <paramref name="k"/>, ranking by verifier score.</summary>
    public double BestOfN(int k, int seed = 1) => Selection(k, seed, subset =>
        subset.MaxBy(s => s.Score ?? double.NegativeInfinity)!.Correct);

    /// <summary>Returns the AUROC of the verifier scores for telling correct from incorrect samples.</summary>
    public double Auroc()
    {
        var scored = _problems.SelectMany(p => p).Where(s => s.Score.HasValue).OrderBy(s => s.Score!.Value).ToList();
        long positives = scored.Count(s => s.Correct);
        long negatives = scored.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        // Sum of the ranks of the correct samples, with tied scores sharing their mean rank.
        double rankSum = 0;
        int i = 0;
        while (i < scored.Count)
        {
            int j = i;
            while (j + 1 < scored.Count && scored[j + 1].Score == scored[i].Score)
            {
                j++;
            }

            double meanRank = ((i + 1) + (j + 1)) / 2.0;
            for (int t = i; t <= j; t++)
            {
                rankSum += scored[t].Correct ? meanRank : 0;
            }

            i = j + 1;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// <summary>Formats the metrics as a markdown table over the budgets 1, 2, 4, … up to n.</summary>
    public string ToMarkdown(string title)
    {
        var budgets = new List<int>();
        for (int k = 1; k <= SamplesPerProblem; k *= 2)
        {
            budgets.Add(k);
        }

        if (budgets[^1] != SamplesPerProblem)
        {
            budgets.Add(SamplesPerProblem);
        }

        var rates = SuccessRates();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {ProblemCount} problems x {SamplesPerProblem} samples");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"per-problem success rate: {rates.Count(r => r == 0)} never solved, {rates.Count(r => r > 0 && r < 0.1)} below 10 %, {rates.Count(r => r >= 0.1 && r <= 0.9)} in 10-90 %, {rates.Count(r => r > 0.9 && r < 1)} above 90 %, {rates.Count(r => r == 1)} always");
        if (HasScores)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"verifier AUROC: {Auroc():F3}");
        }

        text.AppendLine();
        text.AppendLine(HasScores ? "| k | coverage | majority vote | best-of-N (verifier) |" : "| k | coverage | majority vote |");
        text.AppendLine(HasScores ? "| ---: | ---: | ---: | ---: |" : "| ---: | ---: | ---: |");
        foreach (int k in budgets)
        {
            string row = string.Create(CultureInfo.InvariantCulture, $"| {k} | {Coverage(k):P1} | {MajorityVote(k):P1} |");
            if (HasScores)
            {
                row += string.Create(CultureInfo.InvariantCulture, $" {BestOfN(k):P1} |");
            }

            text.AppendLine(row);
        }

        return text.ToString();
    }

    private double Selection(int k, int seed, Func<IReadOnlyList<SampleRecordLine>, bool> solved)
    {
        var random = new Random(seed);
        double total = 0;
        foreach (var samples in _problems)
        {
            int hits = 0;
            var indices = Enumerable.Range(0, samples.Count).ToArray();
            for (int s = 0; s < SubsetsPerBudget; s++)
            {
                // Partial Fisher-Yates shuffle: the first k entries are a uniform random k-subset in random order.
                for (int i = 0; i < k; i++)
                {
                    int j = random.Next(i, indices.Length);
                    (indices[i], indices[j]) = (indices[j], indices[i]);
                }

                hits += solved(indices.Take(k).Select(i => samples[i]).ToList()) ? 1 : 0;
            }

            total += hits / (double)SubsetsPerBudget;
        }

        return total / _problems.Count;
    }
}
