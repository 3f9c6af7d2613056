using System.Globalization;
using Monkeys.Coverage;
using Monkeys.Figures;
using Spectre.Console;

namespace Monkeys.Cli.Output;

/// <summary>Prints the coverage table of a finished run and writes <c>coverage.csv</c>, <c>coverage.png</c> and <c>coverage.svg</c>.</summary>
internal static class CoverageReport
{
    public const string CsvFileName = "coverage.csv";
    public const string PngFileName = "coverage.png";
    public const string SvgFileName = "coverage.svg";

    public static void Write(CliConsole console, string folder, CoverageCurve curve, string title)
    {
        string level = (curve.Bootstrap.Level * 100).ToString("0.#", CultureInfo.InvariantCulture);
        var table = new Table().AddColumn(new TableColumn("k").RightAligned())
            .AddColumn(new TableColumn("coverage").RightAligned())
            .AddColumn(new TableColumn($"{level} % CI").RightAligned());
        foreach (CoveragePoint point in curve.Points)
        {
            table.AddRow(
                point.K.ToString(CultureInfo.InvariantCulture),
                Format(point.Coverage),
                $"{Format(point.Lower)} - {Format(point.Upper)}");
        }

        console.Ansi.Write(table);
        WriteCsv(Path.Combine(folder, CsvFileName), curve);
        CoverageFigure.Save(CoverageFigure.Create(curve, title), Path.Combine(folder, PngFileName), Path.Combine(folder, SvgFileName));
    }

    private static void WriteCsv(string path, CoverageCurve curve)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("k,coverage,lower,upper");
        foreach (CoveragePoint point in curve.Points)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{point.K},{point.Coverage:R},{point.Lower:R},{point.Upper:R}"));
        }
    }

    private static string Format(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
