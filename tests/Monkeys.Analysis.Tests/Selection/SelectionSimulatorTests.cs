using Monkeys.Analysis.Selection;
using Monkeys.Analysis.Tests.Support;
using Monkeys.Verification.MathAnswers;

namespace Monkeys.Analysis.Tests.Selection;

public class SelectionSimulatorTests
{
    private const int SampleCount = 20;

    // Problems with 20 samples: the correct answer "A" on c of them, the wrong answer "B" on the rest.
    private static readonly int[] CorrectCounts = [4, 8, 10, 12, 15];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(16)]
    [InlineData(19)]
    [InlineData(20)]
    public void MajorityVote_CorrectFirst_MatchesHypergeometricWithTiesWon(int k)
    {
        // "A" samples come first, so a tie goes to "A": P(correct) = P(H ≥ k/2), H hypergeometric.
        ProblemOutcomes[] problems = CorrectCounts.Select((c, i) => TwoAnswers($"p{i}", c, correctFirst: true)).ToArray();
        double expected = CorrectCounts.Average(c => TailProbability(c, k, h => 2 * h >= k));

        SelectionCurve curve = SelectionSimulator.Evaluate(problems, [k], new SelectionOptions { Repetitions = 400, Seed = 11 });

        AssertWithinMonteCarloError(expected, curve.Points[0].MajorityVote, 400);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(14)]
    [InlineData(20)]
    public void MajorityVote_CorrectLast_MatchesHypergeometricWithTiesLost(int k)
    {
        // "B" samples come first, so a tie goes to "B": P(correct) = P(H > k/2).
        ProblemOutcomes[] problems = CorrectCounts.Select((c, i) => TwoAnswers($"p{i}", c, correctFirst: false)).ToArray();
        double expected = CorrectCounts.Average(c => TailProbability(c, k, h => 2 * h > k));

        SelectionCurve curve = SelectionSimulator.Evaluate(problems, [k], new SelectionOptions { Repetitions = 400, Seed = 12 });

        AssertWithinMonteCarloError(expected, curve.Points[0].MajorityVote, 400);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(15)]
    [InlineData(20)]
    public void RewardBestOfN_DecoysOutscoreCorrect_MatchesClosedForm(int k)
    {
        // Per problem: 3 wrong decoys scored 2, c correct samples scored 1, the rest wrong and scored 0.
        // Best-of-N is correct when no decoy is drawn and at least one correct sample is:
        // P = [C(N − 3, k) − C(N − 3 − c, k)] / C(N, k).
        int[] correctCounts = [2, 5, 9];
        ProblemOutcomes[] problems = correctCounts.Select((c, i) => WithDecoys($"p{i}", c, decoys: 3)).ToArray();
        double expected = correctCounts.Average(c =>
            (Combinatorics.Choose(SampleCount - 3, k) - Combinatorics.Choose(SampleCount - 3 - c, k)) / Combinatorics.Choose(SampleCount, k));

        SelectionCurve curve = SelectionSimulator.Evaluate(
            problems, [k], new SelectionOptions { Repetitions = 400, Seed = 13, ScoreKind = RewardScoreKind.Raw });

        AssertWithinMonteCarloError(expected, curve.Points[0].RewardBestOfN!.Value, 400);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(16)]
    public void RewardWeightedVote_HeavierWrongAnswer_MatchesClosedForm(int k)
    {
        // "A" (correct, first) samples weigh 1 and "B" samples weigh 3, so "A" wins when
        // H ≥ 3(k − H), that is 4H ≥ 3k, ties going to "A" because its samples come first.
        ProblemOutcomes[] problems = CorrectCounts
            .Select((c, i) => TwoAnswers($"p{i}", c, correctFirst: true, correctScore: 1, wrongScore: 3))
            .ToArray();
        double expected = CorrectCounts.Average(c => TailProbability(c, k, h => 4 * h >= 3 * k));

        SelectionCurve curve = SelectionSimulator.Evaluate(
            problems, [k], new SelectionOptions { Repetitions = 400, Seed = 14, ScoreKind = RewardScoreKind.Raw });

        AssertWithinMonteCarloError(expected, curve.Points[0].RewardWeightedVote!.Value, 400);
    }

    [Fact]
    public void Evaluate_WholeList_MatchesReferenceSelection()
    {
        var random = new Random(5);
        string[] answers = ["1", "2", "3", "0.5", "1/2", "4"];
        ProblemOutcomes[] problems = Enumerable.Range(0, 30).Select(p => new ProblemOutcomes(
            $"p{p}",
            Enumerable.Range(0, 9).Select(_ =>
            {
                string? answer = random.Next(8) == 0 ? null : answers[random.Next(answers.Length)];
                bool correct = answer is "0.5" or "1/2";
                return new SampleOutcome(answer, correct, Math.Log(random.NextDouble()));
            }).ToArray())).ToArray();
        var equivalence = MathAnswerEquivalence.Instance;

        SelectionCurve curve = SelectionSimulator.Evaluate(problems, [9], new SelectionOptions { Repetitions = 3, Equivalence = equivalence });

        foreach (SelectionMethod method in Enum.GetValues<SelectionMethod>())
        {
            double expected = problems.Average(p => AnswerSelection.Select(method, p.Samples, equivalence)?.IsCorrect == true ? 1.0 : 0.0);
            SelectionStatistic statistic = method switch
            {
                SelectionMethod.MajorityVote => curve.Points[0].MajorityVote,
                SelectionMethod.RewardBestOfN => curve.Points[0].RewardBestOfN!.Value,
                _ => curve.Points[0].RewardWeightedVote!.Value,
            };
            Assert.True(Math.Abs(expected - statistic.Mean) < 1e-12, $"{method}: expected {expected}, got {statistic.Mean}");
            Assert.True(statistic.StandardDeviation < 1e-12, $"{method}: standard deviation {statistic.StandardDeviation}");
        }
    }

    [Fact]
    public void Evaluate_EquivalentAnswers_VoteTogether()
    {
        // Three samples give one half in different spellings (correct); two give 3 (wrong).
        SampleOutcome[] samples = [new("3", false), new("0.5", true), new("1/2", true), new("3", false), new("\\frac{1}{2}", true)];
        ProblemOutcomes[] problems = [new("p", samples)];

        SelectionCurve byString = SelectionSimulator.Evaluate(problems, [5], new SelectionOptions { Repetitions = 1 });
        SelectionCurve byEquivalence = SelectionSimulator.Evaluate(
            problems, [5], new SelectionOptions { Repetitions = 1, Equivalence = MathAnswerEquivalence.Instance });

        Assert.Equal(0.0, byString.Points[0].MajorityVote.Mean);
        Assert.Equal(1.0, byEquivalence.Points[0].MajorityVote.Mean);
    }

    [Fact]
    public void Evaluate_SameSeed_ThreadIndependent()
    {
        ProblemOutcomes[] problems = CorrectCounts.Select((c, i) => TwoAnswers($"p{i}", c, correctFirst: false, correctScore: -0.2, wrongScore: -1.5)).ToArray();
        int[] ks = [1, 2, 4, 8, 16, 20];

        SelectionCurve single = SelectionSimulator.Evaluate(problems, ks, new SelectionOptions { Seed = 3, MaxDegreeOfParallelism = 1 });
        SelectionCurve parallel = SelectionSimulator.Evaluate(problems, ks, new SelectionOptions { Seed = 3, MaxDegreeOfParallelism = 4 });

        Assert.Equal(single.Points, parallel.Points);
    }

    [Fact]
    public void Evaluate_Coverage_IsPassAtK()
    {
        // pass@2 with n = 20: 1 − C(20 − c, 2)/C(20, 2), averaged over c in {4, 8, 10, 12, 15}.
        ProblemOutcomes[] problems = CorrectCounts.Select((c, i) => TwoAnswers($"p{i}", c, correctFirst: true)).ToArray();
        double expected = CorrectCounts.Average(c => 1 - (Combinatorics.Choose(20 - c, 2) / Combinatorics.Choose(20, 2)));

        SelectionCurve curve = SelectionSimulator.Evaluate(problems, [2], new SelectionOptions { Repetitions = 2 });

        Assert.Equal(expected, curve.Points[0].Coverage, 12);
        Assert.Equal(curve.Points[0].Coverage - curve.Points[0].BestMean, curve.Points[0].Gap, 12);
    }

    [Fact]
    public void Evaluate_NoScores_SkipsRewardMethods()
    {
        ProblemOutcomes[] problems = [TwoAnswers("p", 5, correctFirst: true)];

        SelectionCurve curve = SelectionSimulator.Evaluate(problems, [3], new SelectionOptions { Repetitions = 5 });

        Assert.False(curve.HasRewardScores);
        Assert.Null(curve.Points[0].RewardBestOfN);
        Assert.Equal(SelectionMethod.MajorityVote, curve.Points[0].BestMethod);
    }

    [Fact]
    public void Evaluate_AllNoAnswer_CountsAsIncorrect()
    {
        ProblemOutcomes[] problems = [new("p", [new(null, false), new(" ", false), new(null, false)])];

        SelectionCurve curve = SelectionSimulator.Evaluate(problems, [1, 3], new SelectionOptions { Repetitions = 5 });

        Assert.Equal(0.0, curve.Points[0].MajorityVote.Mean);
        Assert.Equal(0.0, curve.Points[1].MajorityVote.Mean);
    }

    [Fact]
    public void Evaluate_KAboveSampleCount_ThrowsNamingProblem()
    {
        ProblemOutcomes[] problems = [TwoAnswers("long", 5, true), new("short", [new("A", true), new("B", false)])];

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SelectionSimulator.Evaluate(problems, [4]));

        Assert.Contains("short", error.Message);
    }

    [Fact]
    public void Evaluate_ScoresOnSomeProblems_Throws()
    {
        ProblemOutcomes[] problems = [TwoAnswers("scored", 5, true, 0.1, 0.2), TwoAnswers("plain", 5, true)];

        var error = Assert.Throws<ArgumentException>(() => SelectionSimulator.Evaluate(problems, [2]));

        Assert.Contains("'scored'", error.Message);
        Assert.Contains("'plain'", error.Message);
    }

    [Fact]
    public void Evaluate_MissingScore_ThrowsNamingSample()
    {
        ProblemOutcomes[] problems = [new("q7", [new("A", true, -0.1), new("B", false, null)])];

        var error = Assert.Throws<ArgumentException>(() => SelectionSimulator.Evaluate(problems, [1]));

        Assert.Contains("q7", error.Message);
        Assert.Contains("Sample 1", error.Message);
    }

    [Fact]
    public void RewardWeightedVote_LogProbabilities_SumsProbabilities()
    {
        // Two samples give "B" with P(correct) 0.3 each (0.6 total); one gives "A" with 0.5.
        // Summed log-probabilities would pick "A" (−0.69 > −2.41); summed probabilities pick "B".
        SampleOutcome[] samples = [new("A", true, Math.Log(0.5)), new("B", false, Math.Log(0.3)), new("B", false, Math.Log(0.3))];

        SelectedAnswer? picked = AnswerSelection.RewardWeightedVote(samples);

        Assert.Equal("B", picked!.Answer);
        Assert.Equal(0.6, picked.Weight, 12);
    }

    [Fact]
    public void RewardBestOfN_EqualScores_PicksLowestIndex()
    {
        SampleOutcome[] samples = [new(null, false, 5.0), new("B", false, 1.0), new("A", true, 1.0)];

        SelectedAnswer? picked = AnswerSelection.RewardBestOfN(samples);

        Assert.Equal(1, picked!.SampleIndex);
        Assert.Equal("B", picked.Answer);
    }

    private static ProblemOutcomes TwoAnswers(string id, int correctCount, bool correctFirst, double? correctScore = null, double? wrongScore = null)
    {
        var samples = new List<SampleOutcome>();
        var correct = Enumerable.Repeat(new SampleOutcome("A", true, correctScore), correctCount);
        var wrong = Enumerable.Repeat(new SampleOutcome("B", false, wrongScore), SampleCount - correctCount);
        samples.AddRange(correctFirst ? correct.Concat(wrong) : wrong.Concat(correct));
        return new ProblemOutcomes(id, samples);
    }

    private static ProblemOutcomes WithDecoys(string id, int correctCount, int decoys)
    {
        var samples = new List<SampleOutcome>();
        samples.AddRange(Enumerable.Range(0, decoys).Select(d => new SampleOutcome($"decoy{d}", false, 2.0)));
        samples.AddRange(Enumerable.Repeat(new SampleOutcome("A", true, 1.0), correctCount));
        samples.AddRange(Enumerable.Range(0, SampleCount - decoys - correctCount).Select(w => new SampleOutcome($"wrong{w}", false, 0.0)));
        return new ProblemOutcomes(id, samples);
    }

    private static double TailProbability(int correctCount, int k, Func<int, bool> wins)
    {
        double total = 0;
        for (int h = 0; h <= k; h++)
        {
            if (wins(h))
            {
                total += Combinatorics.Hypergeometric(SampleCount, correctCount, k, h);
            }
        }

        return total;
    }

    // The mean of R repetitions has standard error sd/√R; allow 4.5 standard errors plus rounding.
    private static void AssertWithinMonteCarloError(double expected, SelectionStatistic statistic, int repetitions)
    {
        double tolerance = (4.5 * statistic.StandardDeviation / Math.Sqrt(repetitions)) + 1e-9;
        Assert.True(
            Math.Abs(statistic.Mean - expected) <= tolerance,
            $"expected {expected:F5}, simulated {statistic.Mean:F5} ± {tolerance:F5}");
    }
}
