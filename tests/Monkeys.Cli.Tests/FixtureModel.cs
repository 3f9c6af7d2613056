using Monkeys.Llama.Gguf;

namespace Monkeys.Cli.Tests;

/// <summary>A random-weight llama model written once for all CLI tests (never committed).</summary>
public sealed class FixtureModel : IDisposable
{
    /// <summary>Two blocks of width 32, so a test run samples hundreds of short samples in seconds.</summary>
    public static LlamaConfig Config { get; } = new(
        ContextLength: 256,
        EmbeddingLength: 32,
        BlockCount: 2,
        FeedForwardLength: 64,
        HeadCount: 4,
        HeadCountKv: 2,
        Name: "cli-fixture");

    private readonly TempFolder folder = new();

    public FixtureModel()
    {
        Path = folder.File("fixture.gguf");
        RandomLlamaModel.Write(Path, Config, seed: 5);
    }

    /// <summary>Path of the model file.</summary>
    public string Path { get; }

    public void Dispose() => folder.Dispose();
}

/// <summary>CLI tests share one model and run one at a time, because each loads llama.cpp and keeps the processors busy.</summary>
[CollectionDefinition(Name)]
public sealed class CliCollection : ICollectionFixture<FixtureModel>
{
    public const string Name = "cli";
}
