using Monkeys.Llama.Sampling;
using Monkeys.Llama.Scoring;
using Monkeys.Problems;
using Monkeys.Problems.Synthetic;
using Monkeys.Samples;
using Monkeys.Sampling;
using Monkeys.Verification;
using Monkeys.Verification.Numeric;

namespace Monkeys.Llama.Tests.Models;

/// <summary>
/// Behaviour the shipped family must keep after any retraining: bigger generators solve more test
/// problems, the smallest stays weak, and the verifier model ranks right samples above wrong ones.
/// </summary>
public sealed class ShippedFamilyTests
{
    private const int ProblemCount = 100;

    [Fact]
    public async Task GreedySolves_GrowWithSize()
    {
        var problems = SyntheticArithmetic.TestSplit(ProblemCount);

        int small = await GreedySolvedAsync("monkey-small", problems);
        int medium = await GreedySolvedAsync("monkey-medium", problems);
        int large = await GreedySolvedAsync("monkey-large", problems);

        // The smallest model must keep pass@1 below 30 %. Greedy decoding stands in for one sample here.
        Assert.True(small < 30, $"monkey-small solved {small} of {ProblemCount} test problems greedily; the smallest model must stay below 30.");
        Assert.True(small < medium, $"greedy solves are small {small}, medium {medium}; they must grow with size.");
        Assert.True(medium < large, $"greedy solves are medium {medium}, large {large}; they must grow with size.");
    }

    [Fact]
    public async Task Verifier_RanksRightAboveWrong()
    {
        // Real samples of monkey-medium, labelled by the exact numeric verifier.
        var problems = SyntheticArithmetic.TestSplit(24);
        var format = new SyntheticPromptFormat();
        var exact = new NumericVerifier(NumericAnswerFormat.Gsm8k);
        var parameters = new SamplingParameters(0.8, 1.0, 128, format.StopStrings, 7);
        var inputs = new List<(VerifierInput Input, bool Correct)>();
        using (var sampler = LlamaSampler.Load(new LlamaSamplerOptions(ShippedModels.Gguf("monkey-medium")) { Threads = 2, BatchSize = 16, ContextSize = 320 }))
        {
            foreach (Problem problem in problems)
            {
                var request = new SampleRequest(problem.Id, format.Format(problem), Enumerable.Range(0, 16).ToList(), parameters);
                await foreach (Sample sample in sampler.SampleAsync(request))
                {
                    inputs.Add((new VerifierInput(problem.Question, sample.Text), exact.Verify(problem, sample.Text).Verdict == Verdict.Correct));
                }
            }
        }

        using var scorer = VerifierModelScorer.Load(ShippedModels.Gguf("monkey-verifier"), threads: 2, batchSize: 32, contextSize: 320);
        var scores = scorer.Score(inputs.Select(i => i.Input).ToList());
        var right = scores.Where((_, i) => inputs[i].Correct).ToList();
        var wrong = scores.Where((_, i) => !inputs[i].Correct).ToList();
        Assert.True(right.Count >= 20, $"only {right.Count} of {inputs.Count} samples are right; the comparison needs at least 20.");
        Assert.True(wrong.Count >= 20, $"only {wrong.Count} of {inputs.Count} samples are wrong; the comparison needs at least 20.");

        // AUROC by brute force: the share of (right, wrong) pairs the verifier orders correctly, ties counting half.
        double ordered = 0;
        foreach (double r in right)
        {
            ordered += wrong.Count(w => r > w);
            ordered += 0.5 * wrong.Count(w => r == w);
        }

        double auroc = ordered / (right.Count * (double)wrong.Count);
        Assert.True(auroc > 0.6, $"monkey-verifier AUROC on {inputs.Count} monkey-medium samples is {auroc:F3}; it must be clearly better than chance (0.5).");
    }

    private static async Task<int> GreedySolvedAsync(string model, IReadOnlyList<Problem> problems)
    {
        using var sampler = LlamaSampler.Load(new LlamaSamplerOptions(ShippedModels.Gguf(model)) { Threads = 2, BatchSize = 1, ContextSize = 320 });
        var format = new SyntheticPromptFormat();
        var verifier = new NumericVerifier(NumericAnswerFormat.Gsm8k);
        var greedy = new SamplingParameters(0, 1.0, 128, format.StopStrings, 1);

        int solved = 0;
        foreach (Problem problem in problems)
        {
            await foreach (Sample sample in sampler.SampleAsync(new SampleRequest(problem.Id, format.Format(problem), [0], greedy)))
            {
                solved += verifier.Verify(problem, sample.Text).Verdict == Verdict.Correct ? 1 : 0;
            }
        }

        return solved;
    }
}
