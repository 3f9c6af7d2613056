namespace Monkeys.Tests.Common;

/// <summary>
/// Locates the read-only public data and field cases that sit next to the repository
/// (<c>../shared</c> from the repository root), or under MONKEYS_SHARED when that is set.
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
                $"Shared test file '{path}' was not found. Place the shared folder next to the repository or set MONKEYS_SHARED to its path.",
                path);
        }

        return path;
    }

    public static string RepositoryRoot()
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
