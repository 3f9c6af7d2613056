using System.Globalization;

namespace Monkeys.TinyModels;

/// <summary>Options of the form <c>--name value</c> after the command word.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="args"/> after the command word.</summary>
    public CommandLine(IEnumerable<string> args)
    {
        string? pending = null;
        foreach (string arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                pending = arg[2..];
                _values[pending] = "true";
            }
            else if (pending is not null)
            {
                _values[pending] = arg;
                pending = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{arg}'; options are written '--name value'.");
            }
        }
    }

    /// <summary>Returns option <paramref name="name"/>, or <paramref name="fallback"/> when absent.</summary>
    public string Text(string name, string? fallback = null) =>
        _values.TryGetValue(name, out string? value) ? value
        : fallback ?? throw new ArgumentException($"Option --{name} is missing.");

    /// <summary>Returns option <paramref name="name"/> as an integer.</summary>
    public int Int(string name, int fallback) => _values.TryGetValue(name, out string? value) ? ParseInt(name, value) : fallback;

    /// <summary>Returns option <paramref name="name"/> as a number.</summary>
    public double Number(string name, double fallback)
    {
        if (!_values.TryGetValue(name, out string? value))
        {
            return fallback;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
            ? parsed
            : throw new ArgumentException($"Option --{name} is '{value}'; expected a number.");
    }

    /// <summary>The whole command line, for model cards.</summary>
    public static string Echo(string[] args) => "tiny-models " + string.Join(' ', args);

    private static int ParseInt(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed)
            ? parsed
            : throw new ArgumentException($"Option --{name} is '{value}'; expected an integer.");
}
