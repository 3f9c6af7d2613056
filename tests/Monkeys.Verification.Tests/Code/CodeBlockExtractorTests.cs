using Monkeys.Verification.Code;

namespace Monkeys.Verification.Tests.Code;

public sealed class CodeBlockExtractorTests
{
    [Fact]
    public void FirstFenceWins()
    {
        var code = CodeBlockExtractor.Extract("Text\n```python\nprint(1)\n```\nmore\n```\nprint(2)\n```");

        Assert.Equal("print(1)\n", code);
    }

    [Fact]
    public void FenceWithoutLanguageIsRead()
    {
        Assert.Equal("x = 1\n", CodeBlockExtractor.Extract("```\nx = 1\n```"));
    }

    [Fact]
    public void UnclosedFenceRunsToEnd()
    {
        Assert.Equal("x = 1\ny = 2", CodeBlockExtractor.Extract("```py\nx = 1\ny = 2"));
    }

    [Fact]
    public void BareCodeIsWholeText()
    {
        const string body = "    return sorted(xs)\n";

        Assert.Equal(body, CodeBlockExtractor.Extract(body));
        Assert.Equal("def f():\n    pass\n", CodeBlockExtractor.Extract("def f():\n    pass\n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("I cannot solve this problem.")]
    [InlineData("```\n```")]
    public void NoCodeIsNull(string completion)
    {
        Assert.Null(CodeBlockExtractor.Extract(completion));
    }
}
