using Monkeys.Llama.Gguf;
using Monkeys.Llama.Sampling;
using Monkeys.Llama.Tests.Fixtures;

namespace Monkeys.Llama.Tests.Sampling;

public sealed class ModelLoadErrorTests
{
    [Fact]
    public void MissingModelNamesPath()
    {
        using var dir = new TempDirectory();
        string path = dir.File("absent.gguf");

        var error = Assert.Throws<ModelLoadException>(() => LlamaSampler.Load(new LlamaSamplerOptions(path)));

        Assert.Contains(path, error.Message);
        Assert.Contains("not found", error.Message);
        Assert.Equal(path, error.ModelPath);
    }

    [Fact]
    public void TruncatedModelNamesPathAndReason()
    {
        using var dir = new TempDirectory();
        string path = dir.File("cut.gguf");
        RandomLlamaModel.Write(path, FixtureModels.Tiny, seed: 1);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<ModelLoadException>(() => LlamaSampler.Load(new LlamaSamplerOptions(path)));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void RejectedModelCarriesLlamaCppReason()
    {
        using var dir = new TempDirectory();
        string valid = dir.File("valid.gguf");
        RandomLlamaModel.Write(valid, FixtureModels.Tiny, seed: 1);

        // Valid GGUF container, but one tensor of the architecture is missing: only llama.cpp notices.
        var reader = GgufReader.Open(valid);
        var metadata = reader.Metadata.ToList();
        var tensors = reader.Tensors
            .Where(t => t.Name != "blk.1.ffn_up.weight")
            .Select(t => (reader.ReadTensor(t.Name), GgufTensorType.F32))
            .ToList();
        string path = dir.File("no-ffn-up.gguf");
        GgufWriter.Write(path, metadata, tensors);

        var error = Assert.Throws<ModelLoadException>(() => LlamaSampler.Load(new LlamaSamplerOptions(path)));

        Assert.Contains(path, error.Message);
        Assert.Contains("blk.1.ffn_up.weight", error.Message);
    }
}
