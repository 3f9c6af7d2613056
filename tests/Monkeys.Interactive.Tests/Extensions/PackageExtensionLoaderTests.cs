using Monkeys.Interactive.Extensions;
using Monkeys.Interactive.Runner;

namespace Monkeys.Interactive.Tests.Extensions;

[Collection(NotebookCollection.Name)]
public sealed class PackageExtensionLoaderTests
{
    [Fact]
    public async Task MissingFolder_LoadsNothing()
    {
        using var kernel = NotebookKernelFactory.Create();

        var loaded = await PackageExtensionLoader.LoadFromFolderAsync(kernel, "/no/such/extension/folder");

        Assert.Empty(loaded);
    }

    [Fact]
    public async Task NonAssemblyFile_NamesThePath()
    {
        using var kernel = NotebookKernelFactory.Create();
        string folder = Path.Combine(Path.GetTempPath(), "monkeys-ext-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string fake = Path.Combine(folder, "NotAnAssembly.dll");
        File.WriteAllText(fake, "plain text, not a PE file");

        var error = await Assert.ThrowsAsync<Microsoft.DotNet.Interactive.KernelExtensionLoadException>(
            () => PackageExtensionLoader.LoadFromFolderAsync(kernel, folder));

        Assert.Contains(fake, error.InnerException!.Message);
    }
}
