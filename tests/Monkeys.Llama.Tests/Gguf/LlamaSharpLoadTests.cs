using LLama;
using LLama.Common;
using Monkeys.Llama.Gguf;
using Monkeys.Llama.Tests.Fixtures;

namespace Monkeys.Llama.Tests.Gguf;

public sealed class LlamaSharpLoadTests
{
    [Fact]
    public void WrittenModelLoadsInLlamaSharp()
    {
        using var dir = new TempDirectory();
        string path = dir.File("m.gguf");
        RandomLlamaModel.Write(path, FixtureModels.Tiny, seed: 3);

        using var weights = LLamaWeights.LoadFromFile(new ModelParams(path) { ContextSize = 64 });

        Assert.Equal(259, weights.Vocab.Count);
        Assert.Equal(256, weights.ContextSize);
        Assert.Equal(GgufReader.Open(path).ParameterCount, (long)weights.ParameterCount);

        // Every byte maps to the token with the same id.
        var tokens = weights.Tokenize("Az \n~", add_bos: true, special: false, System.Text.Encoding.UTF8);
        Assert.Equal(new[] { 256, 'A', 'z', ' ', '\n', '~' }, tokens.Select(t => (int)t));
    }
}
