using Microsoft.Extensions.Logging;

namespace Monkeys.Endpoints.Http;

/// <summary>Log messages of the endpoint sampler. None of them carries a request header, so the API key cannot appear.</summary>
internal static partial class EndpointLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Endpoint {BaseUrl} taken out for {DelaySeconds:F2} s after {Failures} consecutive failure(s): {Reason}")]
    public static partial void EndpointTakenOut(ILogger logger, Uri baseUrl, int failures, double delaySeconds, string reason);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Endpoint {BaseUrl} is back in service")]
    public static partial void EndpointBackInService(ILogger logger, Uri baseUrl);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Retrying samples of problem {ProblemId} (attempt {NextAttempt} of {MaxAttempts}) after {Status} from {RequestUrl}")]
    public static partial void RetryingRequest(ILogger logger, string problemId, int nextAttempt, int maxAttempts, string status, Uri requestUrl);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error,
        Message = "Request for problem {ProblemId} to {RequestUrl} failed for good after {Attempts} attempt(s): {Status}")]
    public static partial void RequestFailed(ILogger logger, string problemId, Uri requestUrl, int attempts, string status);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "No API key sent: environment variable {Variable} is unset or empty")]
    public static partial void NoApiKey(ILogger logger, string variable);
}
