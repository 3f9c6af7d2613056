using Microsoft.DotNet.Interactive;
using Monkeys.Interactive.Extensions;
using Monkeys.Interactive.Fonts;
using Monkeys.Interactive.Formatting;

namespace Monkeys.Interactive;

/// <summary>
/// The notebook entry point: call <c>await MonkeysNotebook.LoadAsync();</c> once in a notebook's first
/// cell, after the <c>#r</c> lines, to check fonts, register the Monkeys formatters and load the
/// packages' own notebook extensions.
/// </summary>
public static class MonkeysNotebook
{
    /// <summary>
    /// Checks that fonts are installed, registers the formatters for plots, DataFrames and result
    /// tables, and loads the notebook extensions bundled beside this assembly into the kernel.
    /// Returns the names of the extensions loaded.
    /// </summary>
    /// <param name="kernel">
    /// The kernel to load extensions into; by default the root kernel of the cell that is running.
    /// </param>
    /// <exception cref="MissingFontsException">No font files are installed, so figures would have no text.</exception>
    /// <exception cref="InvalidOperationException">Called outside a notebook cell without a kernel.</exception>
    public static async Task<IReadOnlyList<string>> LoadAsync(Kernel? kernel = null)
    {
        FontCheck.EnsureFontsInstalled();

        kernel ??= KernelInvocationContext.Current?.HandlingKernel?.RootKernel
            ?? throw new InvalidOperationException(
                "MonkeysNotebook.LoadAsync was called outside a notebook cell; pass the kernel to load into.");

        var loaded = await PackageExtensionLoader.LoadFromFolderAsync(kernel, PackageExtensionLoader.BundledExtensionFolder());

        // Registered after the package extensions so that these formatters win where both apply.
        RegisterFormatters();
        return loaded;
    }

    /// <summary>Registers the Monkeys formatters for plots, DataFrames and result tables.</summary>
    public static void RegisterFormatters()
    {
        PlotFormatter.Register();
        DataFrameFormatter.Register();
    }
}
