namespace Monkeys.Llama.Tests.Models;

/// <summary>Locates the bundled models in <c>data/models</c> of the repository the tests were built from.</summary>
public static class ShippedModels
{
    /// <summary>Every shipped model, by file stem.</summary>
    public static IReadOnlyList<string> Names { get; } = ["monkey-small", "monkey-medium", "monkey-large", "monkey-verifier"];

    /// <summary>The <c>data/models</c> folder, found by walking up from the test binaries to the solution file.</summary>
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Monkeys.Notebooks.sln")))
                {
                    return Path.Combine(dir.FullName, "data", "models");
                }
            }

            throw new DirectoryNotFoundException(
                $"No Monkeys.Notebooks.sln above {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
        }
    }

    /// <summary>Path of the GGUF file of model <paramref name="name"/>.</summary>
    public static string Gguf(string name) => Path.Combine(Folder, name + ".gguf");

    /// <summary>Path of the parity file of model <paramref name="name"/>.</summary>
    public static string Parity(string name) => Path.Combine(Folder, name + ".parity.json");
}
