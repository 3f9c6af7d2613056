// Measures the client cost per sample of OpenAiSampler against a loopback OpenAI-compatible server
// running in a child process, so the client's CPU time can be read apart from the server's.
//
//   dotnet run -c Release --project bench/Monkeys.Bench.Endpoints -- [--samples N] [--concurrency C] [--n K] [--api completions|chat]
//
// Prints wall-clock samples per second (client and server share the machine) and the client
// process's CPU time and managed allocation per sample.
using System.Diagnostics;
using Monkeys.Endpoints.Http;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Endpoints.Tests.Server;
using Monkeys.Samples;
using Monkeys.Sampling;

if (args.Length > 0 && args[0] == "serve")
{
    await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
    Console.WriteLine(server.BaseUrl);
    await Console.In.ReadToEndAsync();
    return 0;
}

int samples = IntOption(args, "--samples", 20_000);
int concurrency = IntOption(args, "--concurrency", 64);
int perRequest = IntOption(args, "--n", 1);
OpenAiApi api = StringOption(args, "--api", "completions") == "chat" ? OpenAiApi.ChatCompletions : OpenAiApi.Completions;

using Process serverProcess = StartServerProcess();
string baseUrl = (await serverProcess.StandardOutput.ReadLineAsync()) ?? throw new InvalidOperationException("The server process exited before printing its URL.");
try
{
    var options = new OpenAiSamplerOptions
    {
        Endpoints = [new EndpointOptions(new Uri(baseUrl), concurrency)],
        Model = "bench",
        Api = api,
        SamplesPerRequest = perRequest,
        ApiKeyEnvironmentVariable = null,
    };
    using var sampler = new OpenAiSampler(options);
    var parameters = new SamplingParameters(0.6, 1.0, 16, ["\n\n"], 1);

    // Warm-up: JIT, connection pool, server.
    await RunAsync(sampler, "warmup", Math.Min(samples, 4_000), parameters);

    using var self = Process.GetCurrentProcess();
    self.Refresh();
    TimeSpan cpuBefore = self.TotalProcessorTime;
    long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    int yielded = await RunAsync(sampler, "timed", samples, parameters);
    clock.Stop();
    self.Refresh();
    double cpuMicroseconds = (self.TotalProcessorTime - cpuBefore).TotalMicroseconds / yielded;
    double allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)yielded;

    Console.WriteLine($"api={api} samples={yielded} concurrency={concurrency} n={perRequest} cores={Environment.ProcessorCount}");
    Console.WriteLine($"wall: {clock.Elapsed.TotalSeconds:F2} s, {yielded / clock.Elapsed.TotalSeconds:F0} samples/s (client and server on the same cores)");
    Console.WriteLine($"client CPU: {cpuMicroseconds:F1} µs/sample (one core could drive {1e6 / cpuMicroseconds:F0} samples/s), allocated {allocated / 1024:F1} KiB/sample");
}
finally
{
    serverProcess.StandardInput.Close();
    if (!serverProcess.WaitForExit(5_000))
    {
        serverProcess.Kill();
    }
}

return 0;

static async Task<int> RunAsync(OpenAiSampler sampler, string problemId, int count, SamplingParameters parameters)
{
    var request = new SampleRequest(problemId, "Q: What is 17 + 25?\nA:", [.. Enumerable.Range(0, count)], parameters);
    int yielded = 0;
    await foreach (Sample _ in sampler.SampleAsync(request))
    {
        yielded++;
    }

    if (yielded != count)
    {
        throw new InvalidOperationException($"Expected {count} samples, got {yielded}.");
    }

    return yielded;
}

static Process StartServerProcess()
{
    string host = Environment.ProcessPath!;
    var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(host) == "dotnet")
    {
        start.ArgumentList.Add(typeof(FakeOpenAiServer).Assembly.Location);
    }

    start.ArgumentList.Add("serve");
    return Process.Start(start) ?? throw new InvalidOperationException($"Could not start the server process {host}.");
}

static int IntOption(string[] args, string name, int fallback)
{
    int position = Array.IndexOf(args, name);
    return position >= 0 && position + 1 < args.Length ? int.Parse(args[position + 1]) : fallback;
}

static string StringOption(string[] args, string name, string fallback)
{
    int position = Array.IndexOf(args, name);
    return position >= 0 && position + 1 < args.Length ? args[position + 1] : fallback;
}
