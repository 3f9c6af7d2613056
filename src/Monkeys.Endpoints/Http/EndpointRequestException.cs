using System.Net;

namespace Monkeys.Endpoints.Http;

/// <summary>
/// A request to an OpenAI-compatible endpoint failed for good: the server rejected it, or it kept
/// failing until the attempts ran out. Samples yielded before the failure are complete and valid, so
/// a run that stored them can be resumed.
/// </summary>
public sealed class EndpointRequestException : Exception
{
    internal EndpointRequestException(EndpointFailure failure, int attempts, string? apiKeyVariable)
        : base(ComposeMessage(failure, attempts, apiKeyVariable))
    {
        RequestUrl = failure.RequestUrl;
        Kind = failure.Kind;
        StatusCode = failure.StatusCode;
        BodyExcerpt = failure.BodyExcerpt;
        Attempts = attempts;
    }

    /// <summary>URL of the last attempt.</summary>
    public Uri RequestUrl { get; }

    /// <summary>How the last attempt failed.</summary>
    public EndpointFailureKind Kind { get; }

    /// <summary>HTTP status of the last attempt; null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Start of the last response body, with the API key masked; null when there was none.</summary>
    public string? BodyExcerpt { get; }

    /// <summary>Number of attempts made, counting the first.</summary>
    public int Attempts { get; }

    private static string ComposeMessage(EndpointFailure failure, int attempts, string? apiKeyVariable)
    {
        string status = failure.StatusCode is { } code ? $"HTTP {(int)code} ({code})" : "no HTTP status";
        string attemptText = attempts == 1 ? "1 attempt" : $"{attempts} attempts";
        string body = failure.BodyExcerpt is null ? "" : $" Response body starts with: {failure.BodyExcerpt}";
        return $"POST {failure.RequestUrl} failed with {status} after {attemptText}: {failure.Detail}.{body} {Advice(failure, apiKeyVariable)}";
    }

    private static string Advice(EndpointFailure failure, string? apiKeyVariable)
    {
        const string resume = "Samples yielded so far are complete; resume the run to request only the missing ones.";
        return failure switch
        {
            { Kind: EndpointFailureKind.Timeout } => $"Check that the server is not overloaded, or raise the request timeout. {resume}",
            { Kind: EndpointFailureKind.Connection } => $"Check that the server is running and the URL is right. {resume}",
            { Kind: EndpointFailureKind.MalformedResponse } => $"Check that the URL points at an OpenAI-compatible server. {resume}",
            { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } => apiKeyVariable is null
                ? "The server requires an API key: set ApiKeyEnvironmentVariable to the name of an environment variable that holds it."
                : $"Put a valid API key in the environment variable {apiKeyVariable}; it is sent as a bearer token.",
            { StatusCode: HttpStatusCode.NotFound } =>
                "Check that the base URL ends in the API prefix (usually /v1) and that the server serves the model named in the request.",
            { StatusCode: HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity } =>
                "The server rejected the request parameters: check the model name, samples per request (n), maximum tokens and seed against the server's limits.",
            _ when failure.IsRetryable => $"The server kept failing; check its log, or raise the attempt count. {resume}",
            _ => "Check the server's log for the reason it rejected the request.",
        };
    }
}
