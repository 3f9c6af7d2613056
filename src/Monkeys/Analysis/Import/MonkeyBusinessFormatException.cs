namespace Monkeys.Analysis.Import;

/// <summary>A <c>monkey_business</c> file does not have the expected shape; the message names the file and row.</summary>
public sealed class MonkeyBusinessFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, where, and what to do.</param>
    /// <param name="innerException">The JSON parser's error, when there is one.</param>
    public MonkeyBusinessFormatException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
