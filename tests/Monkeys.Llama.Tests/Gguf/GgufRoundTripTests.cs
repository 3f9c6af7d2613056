using Monkeys.Llama.Gguf;
using Monkeys.Llama.Tests.Fixtures;
using Monkeys.Llama.Tokenization;

namespace Monkeys.Llama.Tests.Gguf;

public sealed class GgufRoundTripTests
{
    [Fact]
    public void WrittenModelReadsBack()
    {
        using var dir = new TempDirectory();
        string path = dir.File("m.gguf");
        var config = FixtureModels.Tiny;
        var tensors = RandomLlamaModel.CreateTensors(config, seed: 5);
        LlamaGgufWriter.Write(path, config, tensors, new Dictionary<string, object> { ["monkeys.note"] = "x", ["monkeys.numbers"] = new[] { 1.5, -2.0 } });

        var reader = GgufReader.Open(path);

        Assert.Equal(3u, reader.Version);
        Assert.Equal(config, reader.ReadLlamaConfig());
        Assert.Equal("x", reader.Metadata["monkeys.note"]);
        Assert.Equal(new[] { 1.5, -2.0 }, (double[])reader.Metadata["monkeys.numbers"]);
        Assert.Empty((string[])reader.Metadata["tokenizer.ggml.merges"]);
        Assert.Equal(tensors.Count, reader.Tensors.Count);
        foreach (var tensor in tensors)
        {
            var read = reader.ReadTensor(tensor.Name);
            Assert.Equal(tensor.Shape, read.Shape);
            Assert.Equal(tensor.Data, read.Data);
        }
    }

    [Fact]
    public void ParameterCountMatchesHandCount()
    {
        using var dir = new TempDirectory();
        string path = dir.File("m.gguf");
        var config = FixtureModels.Tiny;
        RandomLlamaModel.Write(path, config, seed: 1);

        // E = 32, F = 64, kv = 8 · 2 = 16, V = 259: embedding and output 2·V·E, per block
        // norms 2E, q and o 2E², k and v 2·E·kv, feed-forward 3·E·F; final norm E.
        long perBlock = 2 * 32 + 2 * 32 * 32 + 2 * 32 * 16 + 3 * 32 * 64;
        long expected = 2 * 259 * 32 + 2 * perBlock + 32;

        Assert.Equal(expected, GgufReader.Open(path).ParameterCount);
        Assert.Equal(expected, config.ParameterCount(ByteTokenizer.VocabSize));
    }

    [Fact]
    public void HalfPrecisionMatricesRoundToHalf()
    {
        using var dir = new TempDirectory();
        string path = dir.File("m16.gguf");
        var config = FixtureModels.Tiny;
        var tensors = RandomLlamaModel.CreateTensors(config, seed: 2);
        LlamaGgufWriter.Write(path, config, tensors, GgufTensorType.F16);

        var reader = GgufReader.Open(path);
        var query = tensors.Single(t => t.Name == "blk.0.attn_q.weight");
        var norm = tensors.Single(t => t.Name == "blk.0.attn_norm.weight");

        Assert.Equal((uint)GgufTensorType.F16, reader.Tensors.Single(t => t.Name == query.Name).TypeCode);
        Assert.Equal(query.Data.Select(x => (float)(Half)x), reader.ReadTensor(query.Name).Data);
        Assert.Equal((uint)GgufTensorType.F32, reader.Tensors.Single(t => t.Name == norm.Name).TypeCode);
        Assert.Equal(norm.Data, reader.ReadTensor(norm.Name).Data);
    }

    [Fact]
    public void TokenizerSpellsBytesLikeGpt2()
    {
        using var dir = new TempDirectory();
        string path = dir.File("m.gguf");
        RandomLlamaModel.Write(path, FixtureModels.Tiny, seed: 1);

        var reader = GgufReader.Open(path);
        var tokens = (string[])reader.Metadata["tokenizer.ggml.tokens"];
        var types = (int[])reader.Metadata["tokenizer.ggml.token_type"];

        // GPT-2's table: 'A' is itself, space (0x20) is the 33rd unprintable byte → U+0120 'Ġ', newline → U+010A 'Ċ'.
        Assert.Equal(259, tokens.Length);
        Assert.Equal("A", tokens['A']);
        Assert.Equal("\u0120", tokens[' ']);
        Assert.Equal("\u010A", tokens['\n']);
        Assert.Equal("\u0100", tokens[0]);
        Assert.Equal(new[] { "<s>", "</s>", "<pad>" }, tokens[256..]);
        Assert.Equal(256, tokens.Distinct().Count(t => t.Length == 1));
        Assert.All(types[..256], t => Assert.Equal(1, t));
        Assert.All(types[256..], t => Assert.Equal(3, t));
    }

    [Fact]
    public void WrongShapeIsRejectedWithName()
    {
        using var dir = new TempDirectory();
        var config = FixtureModels.Tiny;
        var tensors = RandomLlamaModel.CreateTensors(config, seed: 1).ToList();
        int i = tensors.FindIndex(t => t.Name == "blk.1.ffn_down.weight");
        tensors[i] = tensors[i] with { Shape = [32, 64] };

        var error = Assert.Throws<ArgumentException>(() => LlamaGgufWriter.Write(dir.File("bad.gguf"), config, tensors));

        Assert.Contains("blk.1.ffn_down.weight", error.Message);
        Assert.Contains("[64, 32]", error.Message);
    }

    [Fact]
    public void MissingTensorIsRejectedWithName()
    {
        using var dir = new TempDirectory();
        var config = FixtureModels.Tiny;
        var tensors = RandomLlamaModel.CreateTensors(config, seed: 1).Where(t => t.Name != "blk.0.attn_k.weight");

        var error = Assert.Throws<ArgumentException>(() => LlamaGgufWriter.Write(dir.File("bad.gguf"), config, tensors));

        Assert.Contains("blk.0.attn_k.weight", error.Message);
    }

    [Fact]
    public void ByteTokenizerRoundTripsUtf8()
    {
        const string text = "Q: 12+7=?\nA: 19 ✓ 한국어";
        int[] ids = ByteTokenizer.Encode(text);

        Assert.Equal(ByteTokenizer.BosId, ids[0]);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text) + 1, ids.Length);
        Assert.Equal(text, ByteTokenizer.Decode(ids));
    }
}
