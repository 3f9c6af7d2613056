using LLama;
using LLama.Common;
using LLama.Native;
using Monkeys.Llama.Tests.Fixtures;
using Monkeys.Llama.Tokenization;

namespace Monkeys.Llama.Tests.Sampling;

public sealed class ReferenceParityTests
{
    [Fact]
    public void LogitsMatchReferenceInExactMode()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir, seed: 21, outputScale: 1f);
        int[] tokens = ByteTokenizer.Encode("Q: 47+38=?\nA: 85");
        var expected = new ReferenceLlama(path).Logits(tokens);

        var parameters = new ModelParams(path)
        {
            ContextSize = 64,
            Threads = 1,
            TypeK = GGMLType.GGML_TYPE_F32,
            TypeV = GGMLType.GGML_TYPE_F32,
            FlashAttention = false,
        };
        using var weights = LLamaWeights.LoadFromFile(parameters);
        using var context = weights.CreateContext(parameters);
        var batch = new LLamaBatch();
        for (int i = 0; i < tokens.Length; i++)
        {
            batch.Add((LLamaToken)tokens[i], i, (LLamaSeqId)0, true);
        }

        Assert.Equal(DecodeResult.Ok, context.NativeHandle.Decode(batch));
        double worst = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var actual = context.NativeHandle.GetLogitsIth(i);
            for (int v = 0; v < 259; v++)
            {
                worst = Math.Max(worst, Math.Abs(actual[v] - expected[i][v]));
            }
        }

        Assert.True(worst < 1e-4, $"largest logit difference {worst:E2} ≥ 1e-4");

        // Logits that vary little would make the comparison weak.
        Assert.True(expected[^1].Max() - expected[^1].Min() > 1.0);
    }

    [Fact]
    public async Task GreedyLogProbabilityMatchesReference()
    {
        using var dir = new TempDirectory();
        string path = FixtureModels.WriteAsciiModel(dir, seed: 21);
        using var sampler = SamplerRuns.Load(path, exact: true, batchSize: 1);
        var request = SamplerRuns.Request([0], temperature: 0, maxTokens: 20);

        var sample = (await SamplerRuns.CollectAsync(sampler, request))[0];

        // Recompute every step from the reference logits: the greedy token and its ln softmax at temperature 1.
        var tokens = ByteTokenizer.Encode(request.Prompt).ToList();
        int promptLength = tokens.Count;
        tokens.AddRange(ByteTokenizer.Encode(sample.Text, addBos: false));
        var logits = new ReferenceLlama(path).Logits(tokens);
        double expected = 0;
        for (int t = promptLength; t < tokens.Count; t++)
        {
            var row = logits[t - 1];
            Assert.Equal(Array.IndexOf(row, row.Max()), tokens[t]);
            expected += ReferenceLlama.LogSoftmax(row, tokens[t]);
        }

        Assert.Equal(20, sample.TokenCount);
        Assert.True(sample.LogProbability <= 0);
        Assert.Equal(expected, sample.LogProbability, 3);
    }
}
