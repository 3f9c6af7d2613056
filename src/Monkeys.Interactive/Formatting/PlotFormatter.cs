using Microsoft.DotNet.Interactive.Formatting;
using ScottPlot;

namespace Monkeys.Interactive.Formatting;

/// <summary>
/// Displays a ScottPlot <see cref="Plot"/> as an image: base64 PNG under <c>image/png</c> by default,
/// and SVG under <c>image/svg+xml</c> when asked for, e.g. <c>plot.Display("image/svg+xml")</c>.
/// </summary>
public static class PlotFormatter
{
    /// <summary>MIME type of the PNG rendering.</summary>
    public const string PngMimeType = "image/png";

    /// <summary>MIME type of the SVG rendering.</summary>
    public const string SvgMimeType = "image/svg+xml";

    /// <summary>Width in pixels of displayed plots; 600 by default.</summary>
    public static int Width { get; set; } = 600;

    /// <summary>Height in pixels of displayed plots; 400 by default.</summary>
    public static int Height { get; set; } = 400;

    /// <summary>Registers the PNG and SVG formatters and makes PNG the preferred display.</summary>
    public static void Register()
    {
        Formatter.Register<Plot>(
            (plot, writer) => writer.Write(Convert.ToBase64String(plot.GetImageBytes(Width, Height, ImageFormat.Png))),
            PngMimeType);
        Formatter.Register<Plot>((plot, writer) => writer.Write(plot.GetSvgXml(Width, Height)), SvgMimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(Plot), PngMimeType);
    }
}
