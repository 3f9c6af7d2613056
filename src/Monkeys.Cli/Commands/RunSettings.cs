namespace Monkeys.Cli.Commands;

/// <summary>The options of <c>monkeys run</c> after parsing; null means "use the default".</summary>
internal sealed record RunSettings
{
    public string? Model { get; init; }

    public string Problems { get; init; } = RunCommand.DefaultProblems;

    public int? Limit { get; init; }

    public int Samples { get; init; } = RunCommand.DefaultSamples;

    public double Temperature { get; init; } = 0.6;

    public double TopP { get; init; } = 1.0;

    public int? MaxTokens { get; init; }

    public ulong Seed { get; init; }

    public string? Out { get; init; }

    public bool Resume { get; init; }

    public bool Exact { get; init; }

    public int GpuLayers { get; init; }

    public int? Threads { get; init; }

    public int BatchSize { get; init; } = 64;

    public int? ContextSize { get; init; }

    public int Shots { get; init; } = 8;

    public string? Train { get; init; }

    public string? K { get; init; }

    public bool Verbose { get; init; }

    /// <summary>Base URLs of OpenAI-compatible servers; empty means sample from a local GGUF model.</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    /// <summary>Endpoint route: <c>completions</c> or <c>chat</c>.</summary>
    public string Api { get; init; } = RunCommand.DefaultApi;

    public int SamplesPerRequest { get; init; } = 16;

    public string ApiKeyEnv { get; init; } = RunCommand.DefaultApiKeyEnv;

    public int MaxAttempts { get; init; } = 8;

    public double RequestTimeout { get; init; } = 300;

    /// <summary>Checks every numeric option against its range.</summary>
    /// <exception cref="UsageException">An option is out of range; the message names it, its value and the range.</exception>
    public void Validate()
    {
        RequireAtLeast("--samples", Samples, 1);
        RequireAtLeast("--batch-size", BatchSize, 1);
        RequireAtLeast("--gpu-layers", GpuLayers, 0);
        RequireAtLeast("--shots", Shots, 0);
        RequireAtLeast("--limit", Limit, 1);
        RequireAtLeast("--max-tokens", MaxTokens, 1);
        RequireAtLeast("--threads", Threads, 1);
        RequireAtLeast("--context-size", ContextSize, 1);
        RequireAtLeast("--samples-per-request", SamplesPerRequest, 1);
        RequireAtLeast("--max-attempts", MaxAttempts, 1);

        if (double.IsNaN(RequestTimeout) || RequestTimeout <= 0)
        {
            throw new UsageException($"--request-timeout is {RequestTimeout}; it must be more than 0 seconds.");
        }

        if (double.IsNaN(Temperature) || Temperature < 0)
        {
            throw new UsageException($"--temperature is {Temperature}; it must be 0 or more (0 means greedy decoding).");
        }

        if (double.IsNaN(TopP) || TopP <= 0 || TopP > 1)
        {
            throw new UsageException($"--top-p is {TopP}; it must be greater than 0 and at most 1 (1 turns nucleus sampling off).");
        }
    }

    private static void RequireAtLeast(string option, int? value, int minimum)
    {
        if (value is int number && number < minimum)
        {
            throw new UsageException($"{option} is {number}; it must be {minimum} or more.");
        }
    }
}
