using LLama;
using LLama.Common;
using LLama.Native;
using Monkeys.Llama.Gguf;

namespace Monkeys.Llama.Tests.Models;

public sealed class ShippedModelParityTests
{
    public static TheoryData<string> Names => new(ShippedModels.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Logits_MatchTrainer(string name)
    {
        ParityFile parity = ParityFile.Read(ShippedModels.Parity(name));
        Assert.Equal(name + ".gguf", parity.Model);
        Assert.NotEmpty(parity.Sequences);

        var parameters = new ModelParams(ShippedModels.Gguf(name))
        {
            ContextSize = 512,
            Threads = 1,
            TypeK = GGMLType.GGML_TYPE_F32,
            TypeV = GGMLType.GGML_TYPE_F32,
            FlashAttention = false,
        };
        using var weights = LLamaWeights.LoadFromFile(parameters);
        using var context = weights.CreateContext(parameters);

        foreach (ParityFileSequence sequence in parity.Sequences)
        {
            // llama.cpp must see the same tokens the trainer saw: BOS, then one token per UTF-8 byte.
            int[] tokens = context.Tokenize(sequence.Text, addBos: true, special: false).Select(t => (int)t).ToArray();
            Assert.Equal(sequence.Tokens, tokens);

            context.NativeHandle.MemoryClear(true);
            var batch = new LLamaBatch();
            var recorded = sequence.Positions.ToHashSet();
            var logitIndex = new Dictionary<int, int>();
            for (int p = 0; p < tokens.Length; p++)
            {
                int index = batch.Add((LLamaToken)tokens[p], p, (LLamaSeqId)0, recorded.Contains(p));
                if (recorded.Contains(p))
                {
                    logitIndex[p] = index;
                }
            }

            Assert.Equal(DecodeResult.Ok, context.NativeHandle.Decode(batch));

            // llama.cpp computes in float32 and the reference in float64, so the rounding error grows with
            // the size of the logits: trained models reach |logit| ≈ 20, where float32 sums differ by ~1e-4.
            // The tolerance is therefore 1e-4 of the row's largest |logit| (at least 1e-4 absolute), still
            // about four orders of magnitude below the error of a wrong rotary layout.
            double worstRatio = 0;
            double worstDifference = 0;
            for (int i = 0; i < sequence.Positions.Count; i++)
            {
                var actual = context.NativeHandle.GetLogitsIth(logitIndex[sequence.Positions[i]]);
                float[] expected = sequence.Logits[i];
                Assert.Equal(expected.Length, actual.Length);
                double tolerance = 1e-4 * Math.Max(1.0, expected.Max(Math.Abs));
                for (int v = 0; v < expected.Length; v++)
                {
                    double difference = Math.Abs(actual[v] - expected[v]);
                    worstDifference = Math.Max(worstDifference, difference);
                    worstRatio = Math.Max(worstRatio, difference / tolerance);
                }
            }

            Assert.True(
                worstRatio < 1,
                $"{name}: largest logit difference {worstDifference:E2} on '{sequence.Text[..Math.Min(30, sequence.Text.Length)]}…' exceeds 1e-4 of the largest |logit| by {worstRatio:F2}x.");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Logits_SpreadEnoughToDiscriminate(string name)
    {
        // A model whose logits barely vary would pass the parity check with any rotary layout.
        ParityFile parity = ParityFile.Read(ShippedModels.Parity(name));

        foreach (ParityFileSequence sequence in parity.Sequences)
        {
            float[] last = sequence.Logits[^1];
            Assert.True(last.Max() - last.Min() > 1.0, $"{name}: logits at the last position span only {last.Max() - last.Min():F3}.");
        }
    }

    [Fact]
    public void ShippedFiles_TotalUnder25MB()
    {
        long total = new DirectoryInfo(ShippedModels.Folder).EnumerateFiles().Sum(f => f.Length);

        Assert.True(total < 25L * 1024 * 1024, $"data/models holds {total / 1048576.0:F1} MB; the bundled models must stay under 25 MB.");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Gguf_HasModelCard(string name)
    {
        string card = Path.Combine(ShippedModels.Folder, name + ".md");

        Assert.True(File.Exists(card), $"{card} is missing; every shipped model needs a model card.");
        Assert.Contains("tiny-models", File.ReadAllText(card));
    }

    [Fact]
    public void Family_OrderedBySize()
    {
        long small = GgufReader.Open(ShippedModels.Gguf("monkey-small")).ParameterCount;
        long medium = GgufReader.Open(ShippedModels.Gguf("monkey-medium")).ParameterCount;
        long large = GgufReader.Open(ShippedModels.Gguf("monkey-large")).ParameterCount;

        Assert.True(small < medium, $"small {small} is not below medium {medium}");
        Assert.True(medium < large, $"medium {medium} is not below large {large}");
    }
}
