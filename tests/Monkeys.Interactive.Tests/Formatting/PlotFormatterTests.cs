using Microsoft.DotNet.Interactive.Formatting;
using Monkeys.Interactive.Formatting;

namespace Monkeys.Interactive.Tests.Formatting;

[Collection(NotebookCollection.Name)]
public sealed class PlotFormatterTests
{
    private static ScottPlot.Plot SquaresPlot()
    {
        var plot = new ScottPlot.Plot();
        plot.Add.Scatter(new double[] { 1, 2, 3 }, new double[] { 1, 4, 9 });
        return plot;
    }

    [Fact]
    public void Png_IsBase64PngOfConfiguredSize()
    {
        PlotFormatter.Register();

        string base64 = Formatter.ToDisplayString(SquaresPlot(), PlotFormatter.PngMimeType);

        byte[] bytes = Convert.FromBase64String(base64);
        Assert.True(PngHeader.HasSignature(bytes));
        Assert.Equal((600, 400), PngHeader.Size(bytes));
    }

    [Fact]
    public void Svg_IsSvgDocument()
    {
        PlotFormatter.Register();

        string svg = Formatter.ToDisplayString(SquaresPlot(), PlotFormatter.SvgMimeType);

        Assert.StartsWith("<?xml", svg);
        Assert.Contains("<svg", svg);
        Assert.Contains("width=\"600\"", svg);
    }

    [Fact]
    public void PreferredMimeType_IsPng()
    {
        PlotFormatter.Register();

        var preferred = Formatter.GetPreferredMimeTypesFor(typeof(ScottPlot.Plot));

        Assert.Equal([PlotFormatter.PngMimeType], preferred);
    }
}
