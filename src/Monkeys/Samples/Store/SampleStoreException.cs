namespace Monkeys.Samples.Store;

/// <summary>
/// A run folder cannot be created, opened or resumed as requested (for example it already contains a run,
/// or it contains none to resume). The message names the folder and what to do.
/// </summary>
public class SampleStoreException : Exception
{
    /// <summary>Creates the exception with a message that names the folder and the fix.</summary>
    public SampleStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public SampleStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
