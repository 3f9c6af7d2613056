using Monkeys.Endpoints.Http;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>Checks <see cref="OpenAiSamplerOptions"/> before a sampler is built from them.</summary>
internal static class OpenAiSamplerOptionsValidator
{
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static void Validate(OpenAiSamplerOptions options)
    {
        if (options.Endpoints is null || options.Endpoints.Count == 0)
        {
            throw new ArgumentException("Endpoints is empty; give at least one base URL, such as http://127.0.0.1:8000/v1.", nameof(options));
        }

        foreach (EndpointOptions endpoint in options.Endpoints)
        {
            if (!endpoint.BaseUrl.IsAbsoluteUri || (endpoint.BaseUrl.Scheme != Uri.UriSchemeHttp && endpoint.BaseUrl.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"Endpoint URL '{endpoint.BaseUrl}' is not an absolute http or https URL.", nameof(options));
            }

            RequireAtLeast(endpoint.MaxConcurrentRequests, 1, $"MaxConcurrentRequests of {endpoint.BaseUrl}");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            throw new ArgumentException("Model is empty; give the model name the server serves.", nameof(options));
        }

        RequireAtLeast(options.SamplesPerRequest, 1, nameof(options.SamplesPerRequest));
        RequireAtLeast(options.MaxAttempts, 1, nameof(options.MaxAttempts));
        RequirePositive(options.RequestTimeout, nameof(options.RequestTimeout));
        RequirePositive(options.ConnectTimeout, nameof(options.ConnectTimeout));
        RequirePositive(options.InitialBackoff, nameof(options.InitialBackoff));
        if (options.MaxBackoff < options.InitialBackoff)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxBackoff, $"MaxBackoff {options.MaxBackoff} is below InitialBackoff {options.InitialBackoff}; it must be at least that.");
        }
    }

    private static void RequireAtLeast(int value, int minimum, string name)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is {value}; it must be at least {minimum}.");
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} is {value}; it must be positive.");
        }
    }
}
