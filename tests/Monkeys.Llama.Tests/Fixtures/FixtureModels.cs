using Monkeys.Llama.Gguf;

namespace Monkeys.Llama.Tests.Fixtures;

/// <summary>Shapes of the random models the tests write.</summary>
public static class FixtureModels
{
    /// <summary>Two blocks, width 32, grouped-query attention (4 heads, 2 key/value heads).</summary>
    public static LlamaConfig Tiny { get; } = new(
        ContextLength: 256,
        EmbeddingLength: 32,
        BlockCount: 2,
        FeedForwardLength: 64,
        HeadCount: 4,
        HeadCountKv: 2,
        Name: "fixture-tiny");
}
