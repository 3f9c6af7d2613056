namespace Monkeys.Cli.Tests;

/// <summary>Locates the read-only public data next to the repository (<c>../shared</c>), or under MONKEYS_SHARED.</summary>
internal static class SharedData
{
    public static string PathOf(string relativePath)
    {
        string root = Environment.GetEnvironmentVariable("MONKEYS_SHARED") ?? System.IO.Path.Combine(RepositoryRoot(), "..", "shared");
        string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relativePath));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Shared data file '{path}' was not found. Place the shared folder next to the repository or set MONKEYS_SHARED to its path.",
                path);
        }

        return path;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Monkeys.Notebooks.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException($"No folder above '{AppContext.BaseDirectory}' contains Monkeys.Notebooks.sln.");
    }
}
