using System.Diagnostics;
using LLama;
using LLama.Native;
using Monkeys.Llama.Sampling;

namespace Monkeys.Bench.Sampler;

/// <summary>
/// The same llama.cpp work as one sampler run with no managed sampling: prompt once, copy its KV cache to every fork,
/// then decode one fixed token per fork per step. Its tokens/s is the native ceiling the sampler is compared with.
/// </summary>
internal static class NativeDecodeBaseline
{
    public static double TokensPerSecond(LLamaWeights weights, LlamaSamplerOptions options, int[] prompt, int tokens)
    {
        var parameters = SamplerContextParameters.Create(options, prompt.Length + tokens + 1);
        using var context = weights.CreateContext(parameters);
        var handle = context.NativeHandle;
        var batch = new LLamaBatch();
        int forks = options.BatchSize;

        var clock = Stopwatch.StartNew();
        for (int i = 0; i < prompt.Length; i++)
        {
            batch.Add((LLamaToken)prompt[i], i, (LLamaSeqId)0, i == prompt.Length - 1);
        }

        Check(handle.Decode(batch));
        for (int f = 1; f <= forks; f++)
        {
            handle.MemorySequenceCopy((LLamaSeqId)0, (LLamaSeqId)f, -1, -1);
        }

        for (int step = 0; step < tokens - 1; step++)
        {
            batch.Clear();
            for (int f = 1; f <= forks; f++)
            {
                batch.Add((LLamaToken)'a', prompt.Length + step, (LLamaSeqId)f, true);
            }

            Check(handle.Decode(batch));
        }

        clock.Stop();
        return (double)forks * tokens / clock.Elapsed.TotalSeconds;
    }

    private static void Check(DecodeResult result)
    {
        if (result != DecodeResult.Ok)
        {
            throw new InvalidOperationException($"Baseline decode failed with {result}; lower the fork count or the token count.");
        }
    }
}
