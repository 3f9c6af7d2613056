namespace Monkeys.Analysis.Tests.Support;

/// <summary>
/// Finds the read-only shared cases folder next to the repository (<c>../shared</c> from the folder
/// that contains Monkeys.Notebooks.sln), or at MONKEYS_SHARED when that variable is set.
/// </summary>
internal static class SharedFiles
{
    public static string PathOf(string relativePath)
    {
        string root = Environment.GetEnvironmentVariable("MONKEYS_SHARED") ?? Path.Combine(RepositoryRoot(), "..", "shared");
        string path = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Shared case file '{path}' was not found. Put the shared folder next to the repository or set MONKEYS_SHARED to its path.",
                path);
        }

        return path;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Monkeys.Notebooks.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new DirectoryNotFoundException($"No folder above '{AppContext.BaseDirectory}' contains Monkeys.Notebooks.sln.");
    }
}
