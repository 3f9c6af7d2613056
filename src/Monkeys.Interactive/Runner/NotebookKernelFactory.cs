using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;

namespace Monkeys.Interactive.Runner;

/// <summary>
/// Creates the kernel that runs one notebook: a <see cref="CompositeKernel"/> holding a C# kernel
/// named <c>csharp</c>, with the same helpers a Polyglot Notebooks session offers
/// (<c>display</c>, value sharing, <c>#!who</c>).
/// </summary>
public static class NotebookKernelFactory
{
    /// <summary>The name of the C# subkernel; package extensions look it up by this name.</summary>
    public const string CSharpKernelName = "csharp";

    /// <summary>
    /// Resets the static formatter registrations to the defaults of
    /// Microsoft.DotNet.Interactive.Formatting, then creates a fresh kernel.
    /// </summary>
    /// <remarks>
    /// Formatter registrations are process-wide, so a notebook that registers a formatter would
    /// otherwise change how the next notebook in the same process displays its values.
    /// </remarks>
    public static CompositeKernel Create()
    {
        Formatter.ResetToDefault();

        var csharp = new CSharpKernel(CSharpKernelName)
            .UseKernelHelpers()
            .UseValueSharing()
            .UseWho();

        var composite = new CompositeKernel("monkeys-notebook");
        composite.Add(csharp, ["c#", "C#"]);
        composite.DefaultKernelName = CSharpKernelName;
        return composite;
    }
}
