namespace Monkeys.Samples.Store;

/// <summary>A manifest field whose stored value differs from the value of the run being started.</summary>
/// <param name="Field">Field name as written in <c>manifest.json</c> (for example <c>seed</c>).</param>
/// <param name="StoredValue">Value recorded in the run folder.</param>
/// <param name="RequestedValue">Value of the run being started.</param>
public sealed record ManifestDifference(string Field, string StoredValue, string RequestedValue);
