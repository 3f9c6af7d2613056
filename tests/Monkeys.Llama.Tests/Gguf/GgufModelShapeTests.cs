using Monkeys.Llama.Gguf;

namespace Monkeys.Llama.Tests.Gguf;

public sealed class GgufModelShapeTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"monkeys-shape-{Guid.NewGuid():N}.gguf");

    public void Dispose() => File.Delete(path);

    [Fact]
    public void Read_RandomModel_MatchesConfig()
    {
        // E = 32, F = 64, 2 blocks, 4 heads (kv = 32), vocabulary 259, untied output:
        // per block 32 + 1024 + 2·1024 + 1024 + 32 + 3·2048 = 10,304; total 259·32 + 2·10,304 + 32 + 32·259 = 37,216.
        var config = new LlamaConfig(64, 32, 2, 64, 4, 4);
        RandomLlamaModel.Write(path, config, seed: 1);

        var shape = GgufModelShape.Read(path);

        Assert.Equal(37_216, shape.Parameters);
        Assert.Equal(2, shape.Layers);
        Assert.Equal(32, shape.ModelDimension);
    }
}
