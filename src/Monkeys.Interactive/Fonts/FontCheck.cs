namespace Monkeys.Interactive.Fonts;

/// <summary>
/// Checks that font files exist before figures are drawn. ScottPlot 5 on Linux (SkiaSharp) finds no
/// typeface when no font files are installed and then draws no text at all, silently.
/// </summary>
public static class FontCheck
{
    /// <summary>The Debian/Ubuntu package suggested in the error message.</summary>
    public const string SuggestedPackage = "fonts-dejavu-core";

    private static readonly string[] FontExtensions = [".ttf", ".otf", ".ttc"];

    /// <summary>
    /// The folders searched on Linux: the system and local font folders and the user's font folders.
    /// </summary>
    public static IReadOnlyList<string> DefaultFontFolders()
    {
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return
        [
            "/usr/share/fonts",
            "/usr/local/share/fonts",
            Path.Combine(home, ".fonts"),
            Path.Combine(home, ".local", "share", "fonts"),
        ];
    }

    /// <summary>
    /// Throws <see cref="MissingFontsException"/> when none of <paramref name="folders"/> (default:
    /// <see cref="DefaultFontFolders"/>) contains a font file, searching subfolders.
    /// </summary>
    /// <remarks>
    /// Without an explicit folder list the check runs on Linux only; Windows and macOS always ship
    /// system fonts.
    /// </remarks>
    public static void EnsureFontsInstalled(IReadOnlyList<string>? folders = null)
    {
        if (folders is null && !OperatingSystem.IsLinux())
        {
            return;
        }

        folders ??= DefaultFontFolders();
        if (!folders.Any(ContainsFontFile))
        {
            throw new MissingFontsException(folders);
        }
    }

    private static bool ContainsFontFile(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(folder, "*", options)
            .Any(file => FontExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase));
    }
}
