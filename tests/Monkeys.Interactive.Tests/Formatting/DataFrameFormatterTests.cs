using Microsoft.Data.Analysis;
using Monkeys.Interactive.Formatting;

namespace Monkeys.Interactive.Tests.Formatting;

public sealed class DataFrameFormatterTests
{
    private static DataFrame CoverageFrame() => new(
        new Int32DataFrameColumn("k", [1, 2, 4]),
        new DoubleDataFrameColumn("coverage", [0.25, 0.5, 0.75]),
        new StringDataFrameColumn("note", ["a<b", "", "c&d"]));

    [Fact]
    public void Html_HasHeaderRowsAndCaption()
    {
        string html = DataFrameFormatter.ToHtml(CoverageFrame(), maxRows: 10);

        Assert.StartsWith("<table>", html);
        Assert.Contains("<caption>3 rows, 3 columns</caption>", html);
        Assert.Contains("<th>k</th><th>coverage</th><th>note</th>", html);
        Assert.Contains("<tr><td>4</td><td>0.75</td><td>c&amp;d</td></tr>", html);
        Assert.Contains("<td>a&lt;b</td>", html);
        Assert.Equal(4, html.Split("<tr>").Length - 1);
    }

    [Fact]
    public void Html_CutsAtMaxRows()
    {
        string html = DataFrameFormatter.ToHtml(CoverageFrame(), maxRows: 2);

        Assert.Contains("<caption>2 of 3 rows, 3 columns</caption>", html);
        Assert.Equal(3, html.Split("<tr>").Length - 1);
        Assert.DoesNotContain("0.75", html);
    }

    [Fact]
    public void Text_AlignsColumns()
    {
        string text = DataFrameFormatter.ToText(CoverageFrame(), maxRows: 10);

        string[] lines = text.Split(Environment.NewLine);
        Assert.Equal("k  coverage  note", lines[0]);
        Assert.Equal("1      0.25   a<b", lines[1]);
        Assert.Equal("3 rows, 3 columns", lines[^1]);
    }
}
