using System.Net;
using System.Text;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace Monkeys.Interactive.Formatting;

/// <summary>
/// Displays a <see cref="DataFrame"/> as an HTML table of its first rows, with the row and column count
/// in a caption, and as aligned plain text for <c>text/plain</c>.
/// </summary>
public static class DataFrameFormatter
{
    /// <summary>Number of rows shown before the table is cut; 25 by default.</summary>
    public static int MaxRows { get; set; } = 25;

    /// <summary>Registers the HTML and plain-text formatters and makes HTML the preferred display.</summary>
    public static void Register()
    {
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(ToHtml(frame, MaxRows)), HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(ToText(frame, MaxRows)), PlainTextFormatter.MimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(DataFrame), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
    }

    /// <summary>Renders the first <paramref name="maxRows"/> rows of <paramref name="frame"/> as an HTML table.</summary>
    public static string ToHtml(DataFrame frame, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);

        long shown = Math.Min(frame.Rows.Count, maxRows);
        var html = new StringBuilder("<table>");
        html.Append("<caption>").Append(Caption(frame, shown)).Append("</caption><thead><tr>");
        foreach (var column in frame.Columns)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (long row = 0; row < shown; row++)
        {
            html.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(CellText(column[row]))).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>Renders the first <paramref name="maxRows"/> rows of <paramref name="frame"/> as aligned text.</summary>
    public static string ToText(DataFrame frame, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);

        long shown = Math.Min(frame.Rows.Count, maxRows);
        var columns = frame.Columns.ToList();
        var cells = columns
            .Select(column => new[] { column.Name }.Concat(Enumerable.Range(0, (int)shown).Select(row => CellText(column[row]))).ToList())
            .ToList();
        var widths = cells.Select(column => column.Max(text => text.Length)).ToList();

        var text = new StringBuilder();
        for (int line = 0; line <= shown; line++)
        {
            text.AppendJoin("  ", cells.Select((column, index) => column[line].PadLeft(widths[index]))).AppendLine();
        }

        return text.Append(Caption(frame, shown)).ToString();
    }

    private static string Caption(DataFrame frame, long shown) =>
        shown < frame.Rows.Count
            ? $"{shown} of {frame.Rows.Count} rows, {frame.Columns.Count} columns"
            : $"{frame.Rows.Count} rows, {frame.Columns.Count} columns";

    private static string CellText(object? value) => value switch
    {
        null => "",
        double number => number.ToString("G6", System.Globalization.CultureInfo.InvariantCulture),
        float number => number.ToString("G6", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
