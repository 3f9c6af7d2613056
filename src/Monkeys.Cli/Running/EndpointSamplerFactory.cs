using Monkeys.Cli.Commands;
using Monkeys.Endpoints.Http;
using Monkeys.Endpoints.OpenAi;

namespace Monkeys.Cli.Running;

/// <summary>Builds the <see cref="OpenAiSampler"/> of a run given <c>--endpoint</c> URLs.</summary>
internal static class EndpointSamplerFactory
{
    /// <summary>Creates the sampler from the endpoint options of <paramref name="settings"/>.</summary>
    /// <exception cref="UsageException">No <c>--model</c> was given, or an <c>--endpoint</c> is not an http or https URL.</exception>
    public static OpenAiSampler Create(RunSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Model))
        {
            throw new UsageException(
                "--endpoint needs --model NAME: give the model name the server serves (for vLLM, its --served-model-name; the GET /v1/models route lists it).");
        }

        var endpoints = new List<EndpointOptions>();
        foreach (string url in settings.Endpoints)
        {
            try
            {
                endpoints.Add(EndpointOptions.Parse(url));
            }
            catch (ArgumentException)
            {
                throw new UsageException($"--endpoint {url}: not an absolute http or https URL; give one such as http://127.0.0.1:8000/v1.");
            }
        }

        return new OpenAiSampler(new OpenAiSamplerOptions
        {
            Endpoints = endpoints,
            Model = settings.Model,
            Api = settings.Api == "chat" ? OpenAiApi.ChatCompletions : OpenAiApi.Completions,
            SamplesPerRequest = settings.SamplesPerRequest,
            ApiKeyEnvironmentVariable = settings.ApiKeyEnv,
            MaxAttempts = settings.MaxAttempts,
            RequestTimeout = TimeSpan.FromSeconds(settings.RequestTimeout),
        });
    }
}
