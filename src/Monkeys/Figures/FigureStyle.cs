using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Monkeys.Figures;

/// <summary>
/// Shared look of the analysis figures: colours, font sizes chosen to stay readable at 600×400
/// pixels, logarithmic axes drawn as log10 values with readable tick labels, and PNG/SVG export.
/// </summary>
/// <remarks>
/// ScottPlot 5.1.59 has no logarithmic axis type, so a log axis plots log10(x) on a linear axis,
/// labels the major ticks with x itself and adds logarithmic minor ticks.
/// </remarks>
public static class FigureStyle
{
    /// <summary>Default export width in pixels.</summary>
    public const int DefaultWidth = 600;

    /// <summary>Default export height in pixels.</summary>
    public const int DefaultHeight = 400;

    /// <summary>Series colours in order (the Tableau 10 palette), distinguishable in colour and in greyscale print.</summary>
    public static IReadOnlyList<Color> Palette { get; } =
    [
        Color.FromHex("#1f77b4"),
        Color.FromHex("#ff7f0e"),
        Color.FromHex("#2ca02c"),
        Color.FromHex("#d62728"),
        Color.FromHex("#9467bd"),
        Color.FromHex("#8c564b"),
        Color.FromHex("#e377c2"),
        Color.FromHex("#7f7f7f"),
    ];

    /// <summary>Returns the palette colour of series <paramref name="index"/>, repeating after the last.</summary>
    /// <param name="index">Series position, 0 or more.</param>
    public static Color SeriesColor(int index) => Palette[index % Palette.Count];

    /// <summary>Creates an empty plot after checking that fonts are installed.</summary>
    /// <exception cref="InvalidOperationException">No fonts are installed, so the figure would have no text.</exception>
    public static Plot NewPlot()
    {
        CoverageFigure.RequireFonts();
        return new Plot();
    }

    /// <summary>Makes the bottom axis logarithmic: data must already be log10(x); labels show x.</summary>
    /// <param name="plot">Plot to change.</param>
    /// <param name="scientific">True labels ticks as powers of ten (1e15); false writes whole numbers (1,000).</param>
    public static void UseLogBottomAxis(Plot plot, bool scientific = false)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = scientific ? FormatScientific : FormatWhole,
            MinorTickGenerator = new LogMinorTickGenerator(),
        };
    }

    /// <summary>Sets labels, title, font sizes and the legend in the shared style.</summary>
    /// <param name="plot">Plot to finish.</param>
    /// <param name="xLabel">Bottom axis label.</param>
    /// <param name="yLabel">Left axis label.</param>
    /// <param name="title">Title; none when null.</param>
    /// <param name="legendAlignment">Corner of the legend.</param>
    public static void Finish(Plot plot, string xLabel, string yLabel, string? title, Alignment legendAlignment = Alignment.LowerRight)
    {
        ArgumentNullException.ThrowIfNull(plot);

        plot.XLabel(xLabel, 14);
        plot.YLabel(yLabel, 14);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        if (title is not null)
        {
            plot.Title(title, 15);
        }

        plot.Legend.FontSize = 11;
        plot.ShowLegend(legendAlignment);
    }

    /// <summary>Writes <paramref name="plot"/> to <paramref name="basePath"/> with the extensions .png and .svg.</summary>
    /// <param name="plot">Figure to write.</param>
    /// <param name="basePath">Path without extension; its folder must exist.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <returns>The PNG path and the SVG path.</returns>
    public static (string PngPath, string SvgPath) Export(Plot plot, string basePath, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(basePath);
        Common.Guard.AtLeast(width, 1);
        Common.Guard.AtLeast(height, 1);

        string png = basePath + ".png";
        string svg = basePath + ".svg";
        plot.SavePng(png, width, height);
        plot.SaveSvg(svg, width, height);
        return (png, svg);
    }

    /// <summary>Checks that every value is finite, so a figure never draws NaN or infinity silently.</summary>
    /// <param name="values">Values to check.</param>
    /// <param name="series">Name of the series, for the message.</param>
    /// <param name="quantity">Name of the plotted quantity, for the message.</param>
    /// <exception cref="ArgumentException">A value is NaN or infinite; the message names the series and position.</exception>
    public static void RequireFinite(IReadOnlyList<double> values, string series, string quantity)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"Series '{series}' has {quantity} {values[i]} at point {i}; a figure needs finite values. Check the input that produced it.");
            }
        }
    }

    private static string FormatWhole(double logValue) =>
        Math.Pow(10, logValue).ToString("#,0", CultureInfo.InvariantCulture);

    private static string FormatScientific(double logValue) =>
        "1e" + Math.Round(logValue).ToString(CultureInfo.InvariantCulture);
}
