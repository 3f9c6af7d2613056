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
            KVUnified = options.UnifiedKvCache,
        };

        if (options.Exact)
        {
            parameters.TypeK = GGMLType.GGML_TYPE_F32;
            parameters.TypeV = GGMLType.GGML_TYPE_F32;
            parameters.FlashAttention = false;
        }

        return parameters;
    }
}
