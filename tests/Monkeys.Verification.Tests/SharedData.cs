namespace Monkeys.Verification.Tests;

/// <summary>Locates the read-only shared data and case files next to the repository.</summary>
internal static class SharedData
{
    /// <summary>Returns the path of <paramref name="relativePath"/> under the shared folder, found by walking up from the test binary.</summary>
    public static string PathOf(string relativePath)
    {
        var overridden = Environment.GetEnvironmentVariable("MONKEYS_SHARED");
        if (!string.IsNullOrEmpty(overridden))
        {
            return Path.Combine(overridden, relativePath);
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"Shared file '{relativePath}' was not found in a 'shared' folder above {AppContext.BaseDirectory}; set MONKEYS_SHARED to the shared folder.");
    }
}
