using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;

namespace Monkeys.Interactive.Extensions;

/// <summary>
/// Loads the notebook extensions that NuGet packages ship in their <c>interactive-extensions/dotnet</c>
/// folder (for example the DataFrame table formatter of Microsoft.Data.Analysis).
/// </summary>
/// <remarks>
/// The dotnet-interactive tool loads these only for packages added with <c>#r "nuget:…"</c>. This
/// project's notebooks reference assemblies by path so that they run offline, so nothing loads the
/// extensions for them. This project's build therefore copies them next to Monkeys.Interactive.dll.
/// Call it from a running notebook cell: some extensions read the static <c>Kernel.Root</c>, which is
/// set only while a kernel command runs (the DataFrame extension of Microsoft.Data.Analysis 0.24.0 throws
/// <see cref="NullReferenceException"/> otherwise).
/// </remarks>
public static class PackageExtensionLoader
{
    /// <summary>The folder, relative to a package root or to Monkeys.Interactive.dll, that contains extension assemblies.</summary>
    public static readonly string ExtensionFolder = Path.Combine("interactive-extensions", "dotnet");

    private static readonly ConditionalWeakTable<Kernel, HashSet<string>> LoadedByKernel = new();

    /// <summary>The extension folder beside Monkeys.Interactive.dll, where this project's build puts them.</summary>
    public static string BundledExtensionFolder() =>
        Path.Combine(Path.GetDirectoryName(typeof(PackageExtensionLoader).Assembly.Location)!, ExtensionFolder);

    /// <summary>
    /// Loads every <see cref="IKernelExtension"/> found in the assemblies of <paramref name="folder"/> into
    /// <paramref name="kernel"/> and returns the full names of the extension types loaded. An extension
    /// already loaded into this kernel is skipped. A missing folder loads nothing.
    /// </summary>
    /// <exception cref="KernelExtensionLoadException">An extension assembly could not be loaded or its OnLoadAsync threw.</exception>
    public static async Task<IReadOnlyList<string>> LoadFromFolderAsync(Kernel kernel, string folder)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var loaded = new List<string>();
        if (!Directory.Exists(folder))
        {
            return loaded;
        }

        var alreadyLoaded = LoadedByKernel.GetOrCreateValue(kernel);
        foreach (string assemblyPath in Directory.EnumerateFiles(folder, "*.dll").Order(StringComparer.Ordinal))
        {
            foreach (var extensionType in ExtensionTypes(assemblyPath))
            {
                string name = extensionType.FullName!;
                if (!alreadyLoaded.Add(name))
                {
                    continue;
                }

                try
                {
                    var extension = (IKernelExtension)Activator.CreateInstance(extensionType)!;
                    await extension.OnLoadAsync(kernel);
                }
                catch (Exception error)
                {
                    alreadyLoaded.Remove(name);
                    throw new KernelExtensionLoadException(new InvalidOperationException(
                        $"Loading the notebook extension {name} from {assemblyPath} failed: {error.Message}", error));
                }

                loaded.Add(name);
            }
        }

        return loaded;
    }

    private static IEnumerable<Type> ExtensionTypes(string assemblyPath)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.LoadFrom(assemblyPath);
        }
        catch (Exception error) when (error is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new KernelExtensionLoadException(new InvalidOperationException(
                $"The notebook extension assembly {assemblyPath} could not be loaded: {error.Message}", error));
        }

        return assembly.GetExportedTypes()
            .Where(type => typeof(IKernelExtension).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Where(type => type.GetConstructor(Type.EmptyTypes) is not null);
    }
}
