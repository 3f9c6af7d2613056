using System.CommandLine;
using Monkeys.Cli.Running;

namespace Monkeys.Cli.Commands;

/// <summary>Defines <c>monkeys run</c>: sample, verify and store a run, then report its coverage.</summary>
internal static class RunCommand
{
    /// <summary>Problem set of a run without <c>--problems</c>.</summary>
    public const string DefaultProblems = "synthetic:50";

    /// <summary>Samples per problem of a run without <c>--samples</c>.</summary>
    public const int DefaultSamples = 100;

    /// <summary>Endpoint route of a run without <c>--api</c>.</summary>
    public const string DefaultApi = "completions";

    /// <summary>Environment variable read for the API key when no <c>--api-key-env</c> is given.</summary>
    public const string DefaultApiKeyEnv = "OPENAI_API_KEY";

    /// <summary>Creates the command; its action runs a <see cref="RunJob"/>.</summary>
    public static Command Create(CliConsole console, CancellationToken cancellationToken)
    {
        var model = new Option<string?>("--model") { Description = "GGUF model file; with --endpoint, the model name the server serves (required). Default: the bundled data/models/monkey-medium.gguf.", HelpName = "PATH|NAME" };
        var problems = new Option<string>("--problems")
        {
            Description = "Problem set: synthetic:COUNT (the first COUNT problems of the synthetic arithmetic test split) or gsm8k:PATH (a GSM8K JSON Lines file).",
            HelpName = "SPEC",
            DefaultValueFactory = _ => DefaultProblems,
        };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N problems of the set.", HelpName = "N" };
        var samples = new Option<int>("--samples") { Description = "Samples per problem.", DefaultValueFactory = _ => DefaultSamples, HelpName = "N" };
        var temperature = new Option<double>("--temperature") { Description = "Sampling temperature; 0 is greedy decoding.", DefaultValueFactory = _ => 0.6 };
        var topP = new Option<double>("--top-p") { Description = "Nucleus sampling probability mass in (0, 1]; 1 turns it off.", DefaultValueFactory = _ => 1.0 };
        var maxTokens = new Option<int?>("--max-tokens") { Description = "Maximum generated tokens per sample. Default: 512 for gsm8k, 128 for synthetic.", HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "Run seed; every sample's seed derives from it, the problem id and the sample index.", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = "Output folder. Default: runs/<UTC date-time> in the current folder.", HelpName = "FOLDER" };
        var resume = new Option<bool>("--resume") { Description = "Continue the run in --out: draw only the samples it lacks. Pass the same options as the first time." };
        var exact = new Option<bool>("--exact") { Description = "Exact mode: F32 KV cache and flash attention off, so batched output equals sequential output (slower)." };
        var gpuLayers = new Option<int>("--gpu-layers") { Description = "Model layers to run on the GPU; needs a GPU build of llama.cpp (LLamaSharp.Backend.Cuda12).", DefaultValueFactory = _ => 0, HelpName = "N" };
        var threads = new Option<int?>("--threads") { Description = "CPU threads for decoding. Default: all processors.", HelpName = "N" };
        var batchSize = new Option<int>("--batch-size") { Description = "Samples decoded together in one batch.", DefaultValueFactory = _ => 64, HelpName = "N" };
        var contextSize = new Option<int?>("--context-size") { Description = "KV cache tokens per sample. Default: longest prompt in UTF-8 bytes + max tokens + 1.", HelpName = "N" };
        var shots = new Option<int>("--shots") { Description = "GSM8K few-shot examples per prompt; 0 uses the zero-shot format.", DefaultValueFactory = _ => 8, HelpName = "K" };
        var train = new Option<string?>("--train") { Description = "GSM8K training file for few-shot examples. Default: train.jsonl next to the problem file.", HelpName = "PATH" };
        var k = new Option<string?>("--k") { Description = "Comma-separated budgets k for the coverage table. Default: 1, 2, 4, … and --samples.", HelpName = "LIST" };
        var verbose = new Option<bool>("--verbose") { Description = "Show the stack trace of an error." };
        var endpoints = new Option<string[]>("--endpoint")
        {
            Description = "Base URL of an OpenAI-compatible server (vLLM, SGLang, llama-server), such as http://127.0.0.1:8000/v1; repeat for replicas, used round-robin. Sample there instead of from a local GGUF model.",
            HelpName = "URL",
        };
        var api = new Option<string>("--api") { Description = "Endpoint route: completions (raw prompt, for base models) or chat (the server applies the chat template).", DefaultValueFactory = _ => DefaultApi };
        api.AcceptOnlyFromAmong("completions", "chat");
        var samplesPerRequest = new Option<int>("--samples-per-request") { Description = "Maximum samples requested in one endpoint request (its n).", DefaultValueFactory = _ => 16, HelpName = "N" };
        var apiKeyEnv = new Option<string>("--api-key-env")
        {
            Description = "Environment variable holding the endpoint API key, sent as a bearer token; unset or empty sends none.",
            DefaultValueFactory = _ => DefaultApiKeyEnv,
            HelpName = "NAME",
        };
        var maxAttempts = new Option<int>("--max-attempts") { Description = "Attempts per endpoint request, counting the first, before the run fails.", DefaultValueFactory = _ => 8, HelpName = "N" };
        var requestTimeout = new Option<double>("--request-timeout") { Description = "Seconds one endpoint request may take.", DefaultValueFactory = _ => 300, HelpName = "SECONDS" };

        var command = new Command("run", "Sample every problem N times, verify the samples, store them and report coverage at each k.")
        {
            model, problems, limit, samples, temperature, topP, maxTokens, seed, output, resume, exact, gpuLayers, threads, batchSize, contextSize, shots, train, k, verbose,
            endpoints, api, samplesPerRequest, apiKeyEnv, maxAttempts, requestTimeout,
        };

        command.SetAction(async (parse, _) =>
        {
            var settings = new RunSettings
            {
                Model = parse.GetValue(model),
                Problems = parse.GetValue(problems) ?? DefaultProblems,
                Limit = parse.GetValue(limit),
                Samples = parse.GetValue(samples),
                Temperature = parse.GetValue(temperature),
                TopP = parse.GetValue(topP),
                MaxTokens = parse.GetValue(maxTokens),
                Seed = parse.GetValue(seed),
                Out = parse.GetValue(output),
                Resume = parse.GetValue(resume),
                Exact = parse.GetValue(exact),
                GpuLayers = parse.GetValue(gpuLayers),
                Threads = parse.GetValue(threads),
                BatchSize = parse.GetValue(batchSize),
                ContextSize = parse.GetValue(contextSize),
                Shots = parse.GetValue(shots),
                Train = parse.GetValue(train),
                K = parse.GetValue(k),
                Verbose = parse.GetValue(verbose),
                Endpoints = parse.GetValue(endpoints) ?? [],
                Api = parse.GetValue(api) ?? DefaultApi,
                SamplesPerRequest = parse.GetValue(samplesPerRequest),
                ApiKeyEnv = parse.GetValue(apiKeyEnv) ?? DefaultApiKeyEnv,
                MaxAttempts = parse.GetValue(maxAttempts),
                RequestTimeout = parse.GetValue(requestTimeout),
            };

            return await new RunJob(console, settings, parse.Tokens.Select(token => token.Value).ToArray()).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        });

        return command;
    }
}
