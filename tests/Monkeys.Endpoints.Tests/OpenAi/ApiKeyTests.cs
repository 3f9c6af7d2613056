using Monkeys.Endpoints.Http;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Endpoints.Tests.Server;
using Monkeys.Endpoints.Tests.Support;
using Monkeys.Samples;

namespace Monkeys.Endpoints.Tests.OpenAi;

public sealed class ApiKeyTests
{
    private const string Key = "sk-test-5f0c1e9a7b2d4c68a3e1";

    [Fact]
    public async Task Key_from_environment_is_sent_as_bearer()
    {
        string variable = $"MONKEYS_TEST_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, Key);
        try
        {
            await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
            using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { ApiKeyEnvironmentVariable = variable });

            List<Sample> samples = await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0]));

            Assert.Single(samples);
            Assert.Equal($"Bearer {Key}", server.Requests.Single().Authorization);
            Assert.DoesNotContain(Key, sampler.Description);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Key_never_reaches_log_or_error()
    {
        string variable = $"MONKEYS_TEST_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, Key);
        try
        {
            await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();

            // Servers echo the rejected key in their error, as OpenAI's own API does.
            string echo = "{\"error\":{\"message\":\"Incorrect API key provided: " + Key + "\"}}";
            server.Script.Enqueue(new ServerAction.Fail(503, echo));
            server.Script.Enqueue(new ServerAction.Fail(401, echo));
            var logger = new CapturingLogger();
            using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { ApiKeyEnvironmentVariable = variable, Logger = logger });

            var error = await Assert.ThrowsAsync<EndpointRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0])));

            Assert.NotEmpty(logger.Lines);
            Assert.DoesNotContain(Key, logger.AllText);
            Assert.DoesNotContain(Key, error.ToString());
            Assert.Contains("Incorrect API key provided: ***", error.Message);
            Assert.Contains(variable, error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Unset_variable_sends_no_key()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server) with { ApiKeyEnvironmentVariable = $"MONKEYS_UNSET_{Guid.NewGuid():N}" });

        await SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0]));

        Assert.Null(server.Requests.Single().Authorization);
    }

    [Fact]
    public async Task Unauthorized_without_key_variable_explains_setting()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Script.Enqueue(new ServerAction.Fail(401, """{"error":{"message":"missing API key"}}"""));
        using var sampler = new OpenAiSampler(SamplerRuns.Options(server));

        var error = await Assert.ThrowsAsync<EndpointRequestException>(() => SamplerRuns.CollectAsync(sampler, SamplerRuns.Request([0])));

        Assert.Equal(1, error.Attempts);
        Assert.Contains("HTTP 401", error.Message);
        Assert.Contains("set ApiKeyEnvironmentVariable", error.Message);
    }
}
