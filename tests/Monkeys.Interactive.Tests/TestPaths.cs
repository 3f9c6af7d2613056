namespace Monkeys.Interactive.Tests;

internal static class TestPaths
{
    /// <summary>The test notebooks copied beside the test assembly.</summary>
    public static string TestNotebook(string fileName) =>
        Path.Combine(AppContext.BaseDirectory, "TestNotebooks", fileName);

    /// <summary>A fresh, empty folder under the test output folder for executed copies.</summary>
    public static string FreshOutputFolder(string name)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "executed", name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The repository root, found by walking up to Monkeys.Notebooks.sln.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Monkeys.Notebooks.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new DirectoryNotFoundException($"Monkeys.Notebooks.sln not found above {AppContext.BaseDirectory}.");
    }
}
