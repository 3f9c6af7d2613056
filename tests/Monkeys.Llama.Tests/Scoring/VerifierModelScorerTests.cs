using Monkeys.Llama.Scoring;
using Monkeys.Llama.Tests.Fixtures;
using Monkeys.Llama.Tokenization;
using Monkeys.Problems;

namespace Monkeys.Llama.Tests.Scoring;

public sealed class VerifierModelScorerTests
{
    private static readonly VerifierInput[] Inputs =
    [
        new("Tom has 3 apples and buys 4. How many now?", " 3+4=7.\n#### 7"),
        new("Tom has 3 apples and buys 4. How many now?", " 3+4=8.\n#### 8"),
        new("What is 12*3?", " 36"),
        new("x", ""),
        new("Ana has 120 cards and gives away 45. How many are left?", " 120-45=75.\n#### 75"),
    ];

    [Fact]
    public void ScoresMatchReferenceForwardPass()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir, seed: 31, outputScale: 1f);
        var reference = new ReferenceLlama(path);
        using var scorer = VerifierModelScorer.Load(path, threads: 1, batchSize: 4, contextSize: 128);

        var scores = scorer.Score(Inputs);

        for (int i = 0; i < Inputs.Length; i++)
        {
            int[] tokens = ByteTokenizer.Encode($"Q: {Inputs[i].Question}\nA:{Inputs[i].Completion}\nV:");
            var last = reference.Logits(tokens)[^1];
            double yes = last['Y'], no = last['N'];
            double expected = yes - Math.Log(Math.Exp(yes) + Math.Exp(no));
            Assert.Equal(expected, scores[i], 4);
            Assert.True(scores[i] <= 0);
        }
    }

    [Fact]
    public void BatchingDoesNotChangeScores()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir, seed: 31, outputScale: 1f);
        using var batched = VerifierModelScorer.Load(path, threads: 1, batchSize: 5, contextSize: 128);
        using var single = VerifierModelScorer.Load(path, threads: 1, batchSize: 1, contextSize: 128);

        var together = batched.Score(Inputs);
        var alone = Inputs.Select(input => single.Score(new Problem("p", input.Question, "0"), input.Completion)).ToArray();

        for (int i = 0; i < Inputs.Length; i++)
        {
            Assert.Equal(alone[i], together[i], 5);
        }

        // Different inputs must give different scores, or the comparison proves nothing.
        Assert.True(together.Distinct().Count() >= 4);
    }

    [Fact]
    public void TooLongInputIsRejected()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir);
        using var scorer = VerifierModelScorer.Load(path, threads: 1, batchSize: 2, contextSize: 32);

        var error = Assert.Throws<ArgumentException>(() => scorer.Score([new VerifierInput(new string('a', 40), "b")]));

        Assert.Contains("#0", error.Message);
        Assert.Contains("32", error.Message);
    }
}
