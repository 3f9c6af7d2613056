using System.Globalization;
using Monkeys.Coverage;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Monkeys.Figures;

/// <summary>
/// Builds the coverage-versus-k figure of one run: coverage as a line with markers over a logarithmic
/// k axis and its bootstrap confidence interval as a shaded band.
/// </summary>
/// <remarks>
/// ScottPlot 5.1 has no logarithmic axis, so the figure plots log10(k) on a linear axis, labels the
/// major ticks with k itself and adds logarithmic minor ticks.
/// </remarks>
public static class CoverageFigure
{
    /// <summary>Folder of the fonts that ScottPlot 5.1.59 (through SkiaSharp) draws text with on Linux.</summary>
    public const string LinuxFontFolder = "/usr/share/fonts";

    /// <summary>Default image width in pixels.</summary>
    public const int DefaultWidth = 800;

    /// <summary>Default image height in pixels.</summary>
    public const int DefaultHeight = 500;

    /// <summary>Builds the figure of a coverage curve.</summary>
    /// <param name="curve">Coverage points with intervals, in ascending k.</param>
    /// <param name="title">Figure title; none when null.</param>
    /// <exception cref="ArgumentException">The curve has no points.</exception>
    /// <exception cref="InvalidOperationException">No fonts are installed, so the figure would have no text (see <see cref="RequireFonts"/>).</exception>
    public static Plot Create(CoverageCurve curve, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(curve);
        return Create(curve.Points, curve.Bootstrap.Level, title);
    }

    /// <summary>Builds the figure from coverage points.</summary>
    /// <param name="points">Coverage points with intervals, in ascending k.</param>
    /// <param name="level">Confidence level of the intervals, shown in the legend (0.95 for 95 %).</param>
    /// <param name="title">Figure title; none when null.</param>
    /// <exception cref="ArgumentException"><paramref name="points"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">No fonts are installed, so the figure would have no text (see <see cref="RequireFonts"/>).</exception>
    public static Plot Create(IReadOnlyList<CoveragePoint> points, double level, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A coverage figure needs at least one point; the curve is empty.", nameof(points));
        }

        RequireFonts();

        double[] logK = points.Select(point => Math.Log10(point.K)).ToArray();
        double[] coverage = points.Select(point => point.Coverage).ToArray();
        double[] lower = points.Select(point => point.Lower).ToArray();
        double[] upper = points.Select(point => point.Upper).ToArray();

        var plot = new Plot();
        var band = plot.Add.FillY(logK, lower, upper);
        band.FillColor = Colors.SteelBlue.WithAlpha(0.25);
        band.LineWidth = 0;
        band.LegendText = $"{level * 100:0.#} % bootstrap interval";

        var line = plot.Add.Scatter(logK, coverage);
        line.Color = Colors.SteelBlue;
        line.LineWidth = 2;
        line.MarkerSize = 6;
        line.LegendText = "coverage (mean pass@k)";

        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = FormatPowerOfTen,
            MinorTickGenerator = new LogMinorTickGenerator(),
        };

        double right = Math.Max(logK[^1], 1);
        plot.Axes.SetLimits(-0.05 * right, right * 1.05, 0, 1.02);
        plot.XLabel("samples per problem, k (log scale)");
        plot.YLabel("coverage");
        if (title is not null)
        {
            plot.Title(title);
        }

        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    /// <summary>Writes the figure as PNG and, when <paramref name="svgPath"/> is given, as SVG.</summary>
    /// <param name="plot">Figure from <see cref="Create(CoverageCurve, string?)"/>.</param>
    /// <param name="pngPath">PNG file to write.</param>
    /// <param name="svgPath">SVG file to write; none when null.</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    public static void Save(Plot plot, string pngPath, string? svgPath = null, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.SavePng(pngPath, width, height);
        if (svgPath is not null)
        {
            plot.SaveSvg(svgPath, width, height);
        }
    }

    /// <summary>
    /// Checks that Linux has at least one font file under <see cref="LinuxFontFolder"/>; without one,
    /// ScottPlot 5.1.59 renders every label as nothing and raises no error. Other systems are not checked.
    /// </summary>
    /// <exception cref="InvalidOperationException">No <c>.ttf</c>, <c>.otf</c> or <c>.ttc</c> file exists there.</exception>
    public static void RequireFonts()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        bool found = Directory.Exists(LinuxFontFolder)
            && Directory.EnumerateFiles(LinuxFontFolder, "*", SearchOption.AllDirectories).Any(IsFontFile);
        if (!found)
        {
            throw new InvalidOperationException(
                $"No font files were found under {LinuxFontFolder}, so the figure would have no text. " +
                "Install the package fonts-dejavu-core (apt-get install fonts-dejavu-core) and run again.");
        }
    }

    private static bool IsFontFile(string path) =>
        path.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase);

    private static string FormatPowerOfTen(double logValue) =>
        Math.Pow(10, logValue).ToString("#,0", CultureInfo.InvariantCulture);
}
