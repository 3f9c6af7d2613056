namespace Monkeys.Llama.Sampling;

/// <summary>
/// Settings of a <see cref="LlamaSampler"/>, fixed when the model is loaded.
/// </summary>
/// <remarks>
/// GPU inference: <see cref="GpuLayerCount"/> only has an effect when a GPU build of llama.cpp is loaded. The project
/// references <c>LLamaSharp.Backend.Cpu</c>. An application that also references <c>LLamaSharp.Backend.Cuda12</c>
/// (version 0.30.0, like LLamaSharp) gets LLamaSharp's run-time choice between the installed native builds, which
/// takes the CUDA build when the machine has a usable CUDA device. Layers up to <see cref="GpuLayerCount"/> then run
/// on the GPU. NOTE: the CUDA path has not been run in this project, because its machines have no GPU.
/// </remarks>
/// <param name="ModelPath">GGUF model file.</param>
public sealed record LlamaSamplerOptions(string ModelPath)
{
    /// <summary>
    /// Exact mode: F32 key/value cache and flash attention off, so a sample's text does not depend on which other
    /// samples share its batch. The default mode (F16 cache, flash attention automatic) is faster on larger models;
    /// docs/benchmarks.md has the measurements.
    /// </summary>
    public bool Exact { get; init; }

    /// <summary>
    /// Whether all sequences share one KV cache (llama.cpp's <c>kv_unified</c>) instead of one KV stream each. A
    /// shared cache stores the prompt once, but every token then attends over the cells of all sequences: with 64
    /// forks of 128 tokens it decoded 1.6–4.6× slower than per-sequence streams on 0.13 M and 3.35 M parameter models
    /// (docs/benchmarks.md).
    /// </summary>
    public bool UnifiedKvCache { get; init; }

    /// <summary>Number of transformer layers to offload to the GPU; 0 keeps the model on the CPU.</summary>
    public int GpuLayerCount { get; init; }

    /// <summary>Number of CPU threads for decoding; <c>null</c> uses <see cref="Environment.ProcessorCount"/>.</summary>
    public int? Threads { get; init; }

    /// <summary>Maximum number of samples (forks) decoded together in one batch.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>
    /// Maximum tokens of one sequence: prompt plus completion. <c>null</c> uses the model's training context length,
    /// capped at 4096. The KV cache has room for this many tokens for each of <see cref="BatchSize"/> sequences.
    /// </summary>
    public int? ContextSize { get; init; }
}
