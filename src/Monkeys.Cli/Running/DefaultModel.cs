namespace Monkeys.Cli.Running;

/// <summary>Finds the bundled model that <c>monkeys run</c> uses when no <c>--model</c> is given.</summary>
internal static class DefaultModel
{
    /// <summary>Path of the bundled default model relative to the repository root.</summary>
    public static readonly string RelativePath = Path.Combine("data", "models", "monkey-medium.gguf");

    /// <summary>
    /// Searches the current folder, the application folder and each of their parent folders for
    /// <see cref="RelativePath"/>; returns the first match, or null.
    /// </summary>
    public static string? Find()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
