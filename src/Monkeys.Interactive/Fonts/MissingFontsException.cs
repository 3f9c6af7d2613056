namespace Monkeys.Interactive.Fonts;

/// <summary>
/// Thrown when no font files are installed: ScottPlot would then draw figures without any text and
/// report no error.
/// </summary>
public sealed class MissingFontsException : Exception
{
    /// <summary>Creates the exception naming the folders that were searched.</summary>
    public MissingFontsException(IReadOnlyList<string> searchedFolders)
        : base(
            $"No font files (*.ttf, *.otf, *.ttc) were found in {string.Join(", ", searchedFolders)}. " +
            "Without fonts, figures render with no axis labels, ticks or legends and no error is reported. " +
            $"Install a font package, e.g. 'sudo apt-get install {FontCheck.SuggestedPackage}', then restart the kernel.")
    {
        SearchedFolders = searchedFolders;
    }

    /// <summary>The folders that were searched for font files.</summary>
    public IReadOnlyList<string> SearchedFolders { get; }
}
