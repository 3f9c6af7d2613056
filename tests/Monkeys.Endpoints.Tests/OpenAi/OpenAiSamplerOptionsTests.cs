using Monkeys.Endpoints.Http;
using Monkeys.Endpoints.OpenAi;

namespace Monkeys.Endpoints.Tests.OpenAi;

public sealed class OpenAiSamplerOptionsTests
{
    private static readonly OpenAiSamplerOptions Valid = new()
    {
        Endpoints = [EndpointOptions.Parse("http://127.0.0.1:9/v1")],
        Model = "m",
        ApiKeyEnvironmentVariable = null,
    };

    [Theory]
    [InlineData("http://10.0.0.5:8000", "http://10.0.0.5:8000/v1/completions")]
    [InlineData("http://10.0.0.5:8000/", "http://10.0.0.5:8000/v1/completions")]
    [InlineData("http://10.0.0.5:8000/v1", "http://10.0.0.5:8000/v1/completions")]
    [InlineData("https://host/openai/v1/", "https://host/openai/v1/completions")]
    public void Base_url_resolves_to_route(string baseUrl, string expected)
    {
        Assert.Equal(new Uri(expected), OpenAiSampler.RouteUrl(new Uri(baseUrl), "completions"));
    }

    [Fact]
    public void Samples_per_request_below_one_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new OpenAiSampler(Valid with { SamplesPerRequest = 0 }));

        Assert.Contains("SamplesPerRequest is 0", error.Message);
    }

    [Fact]
    public void Empty_endpoint_list_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new OpenAiSampler(Valid with { Endpoints = [] }));

        Assert.Contains("at least one base URL", error.Message);
    }

    [Fact]
    public void Zero_concurrency_is_rejected()
    {
        var options = Valid with { Endpoints = [new EndpointOptions(new Uri("http://127.0.0.1:9/v1"), 0)] };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new OpenAiSampler(options));

        Assert.Contains("MaxConcurrentRequests", error.Message);
    }

    [Theory]
    [InlineData("localhost:8000")]
    [InlineData("ftp://host/v1")]
    [InlineData("v1/completions")]
    public void Non_http_url_is_rejected(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => EndpointOptions.Parse(url));

        Assert.Contains(url, error.Message);
    }

    [Fact]
    public void Description_names_route_model_and_request_size()
    {
        using var sampler = new OpenAiSampler(Valid with { Api = OpenAiApi.ChatCompletions, SamplesPerRequest = 8 });

        Assert.Equal("openai-chat-completions model=m n=8", sampler.Description);
    }

    [Fact]
    public void Description_leaves_out_endpoints()
    {
        using var first = new OpenAiSampler(Valid);
        using var second = new OpenAiSampler(Valid with { Endpoints = [EndpointOptions.Parse("http://127.0.0.1:10/v1")] });

        Assert.Equal(first.Description, second.Description);
    }
}
