using Monkeys.Endpoints.Http;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Endpoints.Tests.Server;
using Monkeys.Endpoints.Tests.Support;
using Monkeys.Problems;
using Monkeys.Prompts;
using Monkeys.Runs;
using Monkeys.Samples.Store;
using Monkeys.Sampling;
using Monkeys.Verification;

namespace Monkeys.Endpoints.Tests.Runs;

public sealed class EndpointRunResumeTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"monkeys-endpoint-run-{Guid.NewGuid():N}");

    [Fact]
    public async Task Failed_run_resumes_with_only_missing_samples()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        Problem[] problems = [new("p/0", "1+1", "2"), new("p/1", "2+2", "4")];
        var parameters = new SamplingParameters(0.6, 1.0, 16, [], 7);
        OpenAiSamplerOptions options = SamplerRuns.Options(server) with
        {
            Endpoints = [new EndpointOptions(server.BaseUrl, MaxConcurrentRequests: 1)],
            SamplesPerRequest = 2,
        };

        // Six samples per problem in requests of two: p/0 takes three requests, then p/1's first
        // succeeds and its second is rejected for good.
        for (int i = 0; i < 4; i++)
        {
            server.Script.Enqueue(new ServerAction.Complete());
        }

        server.Script.Enqueue(new ServerAction.Fail(400, """{"error":{"message":"context length exceeded"}}"""));

        using (var sampler = new OpenAiSampler(options))
        {
            RunManifest manifest = Manifest(sampler, parameters);
            using SampleStore store = SampleStore.Open(folder, manifest, resume: false);
            var pipeline = new RunPipeline(sampler, new PlainPrompt(), new LengthVerifier(), store, parameters);

            var error = await Assert.ThrowsAsync<EndpointRequestException>(() => pipeline.RunAsync(problems));

            Assert.Contains("context length exceeded", error.Message);
        }

        Assert.Equal(8, SampleStore.ReadRecords(Path.Combine(folder, SampleStore.SamplesFileName)).Count());
        int requestsBeforeResume = server.Requests.Count;

        using (var sampler = new OpenAiSampler(options))
        {
            using SampleStore store = SampleStore.Open(folder, Manifest(sampler, parameters), resume: true);
            var pipeline = new RunPipeline(sampler, new PlainPrompt(), new LengthVerifier(), store, parameters);
            await pipeline.RunAsync(problems);
        }

        RecordedRequest[] resumed = [.. server.Requests.Skip(requestsBeforeResume)];
        Assert.Equal([2, 2], resumed.Select(r => r.N));
        long[] expectedSeeds = [SamplerRuns.ExpectedWireSeedFor(7, "p/1", 2), SamplerRuns.ExpectedWireSeedFor(7, "p/1", 4)];
        Assert.Equal(expectedSeeds.Order(), resumed.Select(r => r.Seed!.Value).Order());

        SampleRecord[] records = [.. SampleStore.ReadRecords(Path.Combine(folder, SampleStore.SamplesFileName))];
        Assert.Equal(12, records.Length);
        foreach (string problemId in new[] { "p/0", "p/1" })
        {
            Assert.Equal(Enumerable.Range(0, 6), records.Where(r => r.Sample.ProblemId == problemId).Select(r => r.Sample.Index).Order());
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static RunManifest Manifest(ISampler sampler, SamplingParameters parameters)
    {
        var manifest = new RunManifest(
            SampleRecordFormat.Version, "test", "monkey-test", "", sampler.Description, 0, 0, 0, [], 0, "", "", 6, "test:2");
        return RunManifestBuilder.Describe(manifest, parameters, new PlainPrompt(), new LengthVerifier());
    }

    private sealed class PlainPrompt : IPromptFormat
    {
        public string Name => "plain";

        public IReadOnlyList<string> StopStrings => [];

        public string Format(Problem problem) => $"Q: {problem.Question}\nA:";
    }

    /// <summary>Calls a sample correct when its text ends with <c>;end</c>, which every complete fake completion does.</summary>
    private sealed class LengthVerifier : IVerifier
    {
        public string Name => "ends-with-end";

        public VerificationResult Verify(Problem problem, string completion) =>
            new(completion.EndsWith(";end", StringComparison.Ordinal) ? Verdict.Correct : Verdict.Incorrect, completion);
    }
}
