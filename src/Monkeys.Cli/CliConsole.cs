using Spectre.Console;

namespace Monkeys.Cli;

/// <summary>Where a command writes: results and progress to <see cref="Output"/>, errors to <see cref="Error"/>.</summary>
internal sealed class CliConsole
{
    /// <summary>Creates the console over two writers.</summary>
    /// <param name="output">Writer for results and progress.</param>
    /// <param name="error">Writer for errors.</param>
    /// <param name="interactive">True for a terminal: colours and a live progress bar; false prints plain progress lines.</param>
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    /// <summary>Writer for results and progress.</summary>
    public TextWriter Output { get; }

    /// <summary>Writer for errors.</summary>
    public TextWriter Error { get; }

    /// <summary>True when output goes to a terminal.</summary>
    public bool Interactive { get; }

    /// <summary>Spectre.Console view of <see cref="Output"/> for tables and the progress bar.</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>Writes a one-line error: newlines in <paramref name="message"/> become spaces.</summary>
    public void WriteError(string message)
    {
        string oneLine = string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Error.WriteLine($"error: {oneLine}");
    }
}
