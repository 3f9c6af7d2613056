using Monkeys.Runs;

namespace Monkeys.Tests.Runs;

public sealed class RunManifestBuilderTests
{
    [Fact]
    public void HashFileMatchesKnownDigest()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "abc");

            // SHA-256("abc") from FIPS 180-2, appendix B.1.
            Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RunManifestBuilder.HashFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
