namespace Monkeys.Llama.Sampling;

/// <summary>
/// Cumulative timing of a <see cref="LlamaSampler"/> since it was loaded or since <see cref="LlamaSampler.ResetStatistics"/>.
/// </summary>
/// <param name="WallTime">Time spent inside sampling, excluding time the caller spent between received samples.</param>
/// <param name="NativeTime">Part of <see cref="WallTime"/> spent in llama.cpp calls: decode, reading logits, KV cache edits.</param>
/// <param name="SampledTokens">Tokens generated across all samples.</param>
/// <param name="PromptTokens">Prompt tokens evaluated (once per request).</param>
/// <param name="DecodeCalls">Number of llama.cpp decode calls.</param>
public sealed record SamplerStatistics(TimeSpan WallTime, TimeSpan NativeTime, long SampledTokens, long PromptTokens, long DecodeCalls)
{
    /// <summary>Fraction of wall time spent in llama.cpp, in [0, 1]; NaN before any sampling.</summary>
    public double NativeShare => WallTime > TimeSpan.Zero ? NativeTime / WallTime : double.NaN;

    /// <summary>Generated tokens per second of wall time; NaN before any sampling.</summary>
    public double TokensPerSecond => WallTime > TimeSpan.Zero ? SampledTokens / WallTime.TotalSeconds : double.NaN;
}
