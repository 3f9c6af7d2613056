namespace Monkeys.Endpoints.Http;

/// <summary>One server replica the sampler sends requests to.</summary>
/// <param name="BaseUrl">
/// OpenAI-style base URL, normally ending in <c>/v1</c> (for example <c>http://10.0.0.5:8000/v1</c>).
/// A URL with an empty path gets <c>/v1</c> appended; any other path is used as given.
/// </param>
/// <param name="MaxConcurrentRequests">Maximum number of requests in flight to this endpoint at once; at least 1.</param>
public sealed record EndpointOptions(Uri BaseUrl, int MaxConcurrentRequests = 64)
{
    /// <summary>Creates endpoint options from a URL string, such as one given on the command line.</summary>
    /// <exception cref="ArgumentException">The text is not an absolute http or https URL.</exception>
    public static EndpointOptions Parse(string baseUrl, int maxConcurrentRequests = 64)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException(
                $"Endpoint URL '{baseUrl}' is not an absolute http or https URL; give one such as http://127.0.0.1:8000/v1.",
                nameof(baseUrl));
        }

        return new EndpointOptions(uri, maxConcurrentRequests);
    }
}
