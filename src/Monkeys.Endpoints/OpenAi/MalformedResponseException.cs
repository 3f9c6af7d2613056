namespace Monkeys.Endpoints.OpenAi;

/// <summary>A 2xx response body that is not a valid completion response; the message names the problem.</summary>
internal sealed class MalformedResponseException(string message, Exception? innerException = null)
    : Exception(message, innerException);
