using LLama.Common;
using LLama.Native;

namespace Monkeys.Llama.Sampling;

/// <summary>The llama.cpp context settings of a <see cref="LlamaSampler"/>.</summary>
internal static class SamplerContextParameters
{
    /// <summary>
    /// Returns context parameters for <see cref="LlamaSamplerOptions.BatchSize"/> forks plus the prompt sequence, each
    /// holding <paramref name="sequenceContext"/> tokens.
    /// </summary>
    public static ModelParams Create(LlamaSamplerOptions options, int sequenceContext)
    {
        int sequences = options.BatchSize + 1;
        int threads = options.Threads ?? Environment.ProcessorCount;

        // With a split KV cache llama.cpp gives each sequence n_ctx / n_seq_max cells (LLamaSharp 0.30.0 build).
        var parameters = new ModelParams(options.ModelPath)
        {
            ContextSize = (uint)(sequenceContext * sequences),
            SeqMax = (uint)sequences,
            BatchSize = (uint)Math.Max(512, sequences),
            UBatchSize = (uint)Math.Max(512, sequences),
            Threads = threads,
            BatchThreads = threads,
            GpuLayerCount = options.GpuLayerCount,
        };

        if (options.Exact)
        {
            // Per-sequence KV streams: a unified cache with F32 KV and flash attention off measured 2–5× slower at 64
            // sequences on a 2-core x86-64 machine.
            parameters.TypeK = GGMLType.GGML_TYPE_F32;
            parameters.TypeV = GGMLType.GGML_TYPE_F32;
            parameters.FlashAttention = false;
            parameters.KVUnified = false;
        }
        else
        {
            parameters.KVUnified = true;
        }

        return parameters;
    }
}
