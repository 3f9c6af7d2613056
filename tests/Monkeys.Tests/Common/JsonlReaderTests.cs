using Monkeys.Common;

namespace Monkeys.Tests.Common;

public class JsonlReaderTests
{
    private const string Shape = "Each line must be an object.";

    [Fact]
    public void SkipsBlankLinesAndKeepsLineNumbers()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.jsonl", "{\"x\":1}\n\n   \n{\"x\":2}\n");

        var records = JsonlReader.Read(path, Shape).ToArray();

        Assert.Equal(new[] { 1, 4 }, records.Select(r => r.LineNumber));
        Assert.Equal(2, (int)records[1].Fields["x"]!);
    }

    [Fact]
    public void IgnoresByteOrderMark()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "bom.jsonl");
        File.WriteAllText(path, "{\"x\":\"y\"}\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var record = Assert.Single(JsonlReader.Read(path, Shape));

        Assert.Equal("y", record.GetRequiredString("x", "fix"));
    }

    [Theory]
    [InlineData("{\"x\":1}\n{\"x\":", 2)]
    [InlineData("{\"x\":1}\n\n[1,2]\n", 3)]
    [InlineData("{\"x\":1} trailing\n", 1)]
    [InlineData("null\n", 1)]
    [InlineData("{\"x\":1}\n{\"x\":2}\n{\"x\":3}\n{'x':4}\n", 4)]
    public void MalformedLineNamesFileAndLine(string contents, int line)
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.jsonl", contents);

        var error = Assert.Throws<InputFormatException>(() => JsonlReader.Read(path, Shape).ToArray());

        Assert.Equal(line, error.LineNumber);
        Assert.Equal(path, error.FilePath);
        Assert.StartsWith($"{path}, line {line}: ", error.Message);
        Assert.EndsWith(Shape, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void MissingFileThrowsBeforeEnumeration()
    {
        var error = Assert.Throws<FileNotFoundException>(() => JsonlReader.Read("/nonexistent/x.jsonl", Shape));

        Assert.Contains("/nonexistent/x.jsonl", error.Message);
    }

    [Fact]
    public void RequiredStringRejectsMissingAndNonString()
    {
        using var folder = new TempFolder();
        string path = folder.Write("a.jsonl", "{\"n\":3,\"z\":null}\n");
        var record = Assert.Single(JsonlReader.Read(path, Shape));

        var missing = Assert.Throws<InputFormatException>(() => record.GetRequiredString("q", "Add q."));
        var number = Assert.Throws<InputFormatException>(() => record.GetRequiredString("n", "Make n a string."));
        var nullField = Assert.Throws<InputFormatException>(() => record.GetRequiredString("z", "Fill z."));

        Assert.Contains("'q' is missing", missing.Message);
        Assert.Contains("'n' is a JSON Number", number.Message);
        Assert.Contains("'z' is missing", nullField.Message);
    }
}
