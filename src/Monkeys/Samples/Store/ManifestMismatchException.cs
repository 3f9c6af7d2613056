namespace Monkeys.Samples.Store;

/// <summary>
/// A run cannot be resumed because its stored manifest differs from the run being started in a field
/// that changes the samples (model, sampling parameters, seed, prompt format, verifier, sample count
/// or problem source).
/// </summary>
public sealed class ManifestMismatchException : SampleStoreException
{
    /// <summary>Creates the exception for the first differing field.</summary>
    public ManifestMismatchException(string manifestPath, ManifestDifference difference)
        : base(
            $"Cannot resume {manifestPath}: field '{difference.Field}' is {difference.StoredValue} in the stored run " +
            $"but {difference.RequestedValue} now. Resume with the same settings, or choose another output folder.")
    {
        ManifestPath = manifestPath;
        Difference = difference;
    }

    /// <summary>Path of the stored manifest.</summary>
    public string ManifestPath { get; }

    /// <summary>The first field that differs.</summary>
    public ManifestDifference Difference { get; }
}
