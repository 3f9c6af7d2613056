using Monkeys.Llama.Gguf;
using Monkeys.Llama.Tests.Fixtures;

namespace Monkeys.Llama.Tests.Gguf;

public sealed class GgufCorruptFileTests
{
    [Fact]
    public void MissingFileNamesPath()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid().ToString("N") + ".gguf");

        var error = Assert.Throws<FileNotFoundException>(() => GgufReader.Open(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void WrongMagicIsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.File("text.gguf");
        File.WriteAllText(path, "this is not a model file at all");

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("magic", error.Message);
    }

    [Fact]
    public void TruncatedFileIsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.File("cut.gguf");
        RandomLlamaModel.Write(path, FixtureModels.Tiny, seed: 1);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
        Assert.Contains("output.weight", error.Message);
    }

    [Fact]
    public void TruncatedHeaderIsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.File("head.gguf");
        RandomLlamaModel.Write(path, FixtureModels.Tiny, seed: 1);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..200]);

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Open(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void HugeStringLengthIsRejectedWithOffset()
    {
        using var dir = new TempDirectory();
        string path = dir.File("len.gguf");
        RandomLlamaModel.Write(path, FixtureModels.Tiny, seed: 1);
        byte[] bytes = File.ReadAllBytes(path);

        // Bytes 24–31 hold the length of the first metadata key; make it absurd.
        BitConverter.TryWriteBytes(bytes.AsSpan(24), ulong.MaxValue / 2);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Open(path));

        Assert.Contains("at byte 24", error.Message);
    }

    [Fact]
    public void UnsupportedVersionIsRejected()
    {
        using var dir = new TempDirectory();
        string path = dir.File("v9.gguf");
        RandomLlamaModel.Write(path, FixtureModels.Tiny, seed: 1);
        byte[] bytes = File.ReadAllBytes(path);
        BitConverter.TryWriteBytes(bytes.AsSpan(4), 9u);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<GgufFormatException>(() => GgufReader.Open(path));

        Assert.Contains("version 9", error.Message);
    }
}
