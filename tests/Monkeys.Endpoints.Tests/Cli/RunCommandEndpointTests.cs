using Monkeys.Cli;
using Monkeys.Endpoints.Tests.Server;
using Monkeys.Samples.Store;

namespace Monkeys.Endpoints.Tests.Cli;

/// <summary>Runs <c>monkeys run --endpoint</c> in this process against loopback OpenAI-compatible servers.</summary>
public sealed class RunCommandEndpointTests : IDisposable
{
    private const int ProblemCount = 3;
    private const int SamplesPerProblem = 5;

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"monkeys-cli-endpoint-{Guid.NewGuid():N}");

    // The first three problems of the synthetic test split are numbered 0, 1, 2.
    private static readonly (string ProblemId, int Index)[] AllPairs =
    [
        .. from problem in new[] { "synthetic/test/0", "synthetic/test/1", "synthetic/test/2" }
           from index in Enumerable.Range(0, SamplesPerProblem)
           select (problem, index),
    ];

    private string Run => Path.Combine(folder, "run");

    [Fact]
    public async Task Two_endpoints_store_every_sample_once()
    {
        await using FakeOpenAiServer first = await FakeOpenAiServer.StartAsync();
        await using FakeOpenAiServer second = await FakeOpenAiServer.StartAsync();

        (int exitCode, string output, string error) = await RunCliAsync(Arguments(first.BaseUrl.ToString(), second.BaseUrl.ToString()));

        Assert.True(exitCode == 0, error);
        Assert.Equal("", error);
        Assert.Equal(AllPairs.Order(), StoredPairs().Order());
        foreach (string name in new[] { "coverage.csv", "coverage.png", "coverage.svg" })
        {
            Assert.True(File.Exists(Path.Combine(Run, name)), $"{name} is missing from {Run}");
        }

        // 5 samples in requests of at most 2 make 2 + 2 + 1 per problem: 9 requests, 15 samples in all.
        RecordedRequest[] requests = [.. first.Requests, .. second.Requests];
        Assert.Equal(9, requests.Length);
        Assert.Equal(15, requests.Sum(request => request.N));
        Assert.All(requests, request => Assert.Equal("monkey-test", request.Body.GetProperty("model").GetString()));
        Assert.NotEmpty(first.Requests);
        Assert.NotEmpty(second.Requests);

        RunManifest manifest = SampleStore.ReadManifest(Run);
        Assert.Equal("monkey-test", manifest.ModelPath);
        Assert.Equal("", manifest.ModelSha256);
        Assert.Contains("model=monkey-test", manifest.Sampler);
        Assert.Contains($"Model: monkey-test served at {first.BaseUrl}, {second.BaseUrl}", output);
    }

    [Fact]
    public async Task Resume_requests_only_missing_samples()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        string url = server.BaseUrl.ToString();
        for (int i = 0; i < 3; i++)
        {
            server.Script.Enqueue(new ServerAction.Complete());
        }

        server.Script.Enqueue(new ServerAction.Fail(400, """{"error":{"message":"context length exceeded"}}"""));

        (int failedExit, _, string failedError) = await RunCliAsync(Arguments(url));

        Assert.Equal(1, failedExit);
        Assert.Contains("context length exceeded", failedError);
        int storedBefore = StoredPairs().Length;
        Assert.InRange(storedBefore, 0, AllPairs.Length - 1);
        int requestsBefore = server.Requests.Count;

        (int resumedExit, _, string resumedError) = await RunCliAsync([.. Arguments(url), "--resume"]);

        Assert.True(resumedExit == 0, resumedError);
        RecordedRequest[] resumed = [.. server.Requests.Skip(requestsBefore)];
        Assert.Equal(AllPairs.Length - storedBefore, resumed.Sum(request => request.N));
        Assert.Equal(AllPairs.Order(), StoredPairs().Order());
    }

    [Fact]
    public async Task Down_endpoint_fails_naming_its_url()
    {
        FakeOpenAiServer stopped = await FakeOpenAiServer.StartAsync();
        string url = stopped.BaseUrl.ToString();
        await stopped.DisposeAsync();

        (int exitCode, _, string error) = await RunCliAsync([.. Arguments(url), "--max-attempts", "1"]);

        Assert.Equal(1, exitCode);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(url.TrimEnd('/') + "/completions", lines[0]);
        Assert.Empty(StoredPairs());
    }

    [Fact]
    public async Task Endpoint_without_model_is_usage_error()
    {
        (int exitCode, _, string error) = await RunCliAsync(["run", "--endpoint", "http://127.0.0.1:9/v1", "--out", Run]);

        Assert.Equal(2, exitCode);
        Assert.Contains("--endpoint needs --model NAME", error);
        Assert.False(Directory.Exists(Run));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string[] Arguments(params string[] urls) =>
    [
        "run", .. urls.SelectMany(url => new[] { "--endpoint", url }), "--model", "monkey-test", "--api-key-env", "MONKEYS_TEST_UNSET_KEY",
        "--problems", $"synthetic:{ProblemCount}", "--samples", $"{SamplesPerProblem}", "--samples-per-request", "2", "--max-tokens", "16", "--out", Run,
    ];

    private (string ProblemId, int Index)[] StoredPairs()
    {
        string samples = Path.Combine(Run, SampleStore.SamplesFileName);
        return File.Exists(samples) ? [.. SampleStore.ReadRecords(samples).Select(record => (record.Sample.ProblemId, record.Sample.Index))] : [];
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunCliAsync(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = await CliApp.RunAsync(args, new CliConsole(output, error, interactive: false), CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
