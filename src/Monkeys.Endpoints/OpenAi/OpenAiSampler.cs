using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Monkeys.Endpoints.Http;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>
/// Draws samples from one or more OpenAI-compatible servers (vLLM, SGLang, llama-server) over the
/// completions or chat-completions API.
/// </summary>
/// <remarks>
/// <para>
/// A problem's requested indices are cut into requests of at most
/// <see cref="OpenAiSamplerOptions.SamplesPerRequest"/> samples, sent round-robin to the endpoints
/// within each endpoint's concurrency limit. A request that times out, loses its connection, gets a
/// malformed body, or gets 408, 409, 425, 429 or 5xx is retried, on another endpoint when one is free,
/// up to <see cref="OpenAiSamplerOptions.MaxAttempts"/> attempts. The failing endpoint is taken out
/// for an exponential back-off with jitter, at least as long as its <c>Retry-After</c>, then tried
/// with one request before it gets its full share again. Other 4xx statuses fail at once.
/// </para>
/// <para>
/// Each requested index is yielded exactly once and no other index is yielded: a choice is accepted
/// only from a response whose choice indices are all distinct and in range, and the samples of a
/// response are released together. Each sample's <see cref="Sample.Seed"/> is
/// <see cref="SampleSeeds.For"/> of its own index; the seed sent with a request is described in
/// <see cref="RequestChunks"/>. <see cref="Sample.LogProbability"/> is the sum of the returned
/// per-token log-probabilities, or NaN when the server returned none.
/// </para>
/// </remarks>
public sealed class OpenAiSampler : ISampler, IDisposable
{
    private readonly OpenAiSamplerOptions options;
    private readonly HttpClient http;
    private readonly CompletionClient client;
    private readonly EndpointPool pool;
    private readonly ILogger logger;

    /// <summary>Creates a sampler and reads the API key from the environment.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it and its allowed values.</exception>
    public OpenAiSampler(OpenAiSamplerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OpenAiSamplerOptionsValidator.Validate(options);
        this.options = options;
        logger = options.Logger ?? NullLogger.Instance;

        string? apiKey = null;
        if (options.ApiKeyEnvironmentVariable is { } variable)
        {
            apiKey = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(apiKey))
            {
                apiKey = null;
                EndpointLog.NoApiKey(logger, variable);
            }
        }

        // Timeouts are enforced per request by the client, so the HttpClient's own is off.
        http = new HttpClient(
            new SocketsHttpHandler
            {
                ConnectTimeout = options.ConnectTimeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                MaxConnectionsPerServer = int.MaxValue,
            })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client = new CompletionClient(http, options, apiKey);

        string route = options.Api == OpenAiApi.Completions ? "completions" : "chat/completions";
        EndpointState[] endpoints = options.Endpoints.Select(endpoint => new EndpointState(endpoint, RouteUrl(endpoint.BaseUrl, route))).ToArray();
        pool = new EndpointPool(endpoints, new Backoff(options.InitialBackoff, options.MaxBackoff), TimeProvider.System, logger);
        Description = $"openai-{route.Replace('/', '-')} model={options.Model} n={options.SamplesPerRequest}{(options.SendSeed ? "" : " seed=off")}";
    }

    /// <summary>
    /// Route, model name, samples per request and seed mode: the settings that decide which samples
    /// come back. The endpoint URLs are left out, so a run can be resumed on other replicas of the
    /// same model.
    /// </summary>
    public string Description { get; }

    /// <summary>Full URL a base URL's route resolves to; an empty base path gets <c>/v1</c>.</summary>
    internal static Uri RouteUrl(Uri baseUrl, string route)
    {
        string path = baseUrl.AbsolutePath.TrimEnd('/');
        if (path.Length == 0)
        {
            path = "/v1";
        }

        return new UriBuilder(baseUrl) { Path = $"{path}/{route}" }.Uri;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The request has a negative or repeated index, or a maximum token count below 1.</exception>
    /// <exception cref="EndpointRequestException">A request failed for good; samples yielded before it are valid.</exception>
    public async IAsyncEnumerable<Sample> SampleAsync(SampleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckRequest(request);
        if (request.SampleIndices.Count == 0)
        {
            yield break;
        }

        var pending = new ConcurrentQueue<int[]>(RequestChunks.Split(request.SampleIndices, options.SamplesPerRequest));
        var samples = Channel.CreateUnbounded<Sample>(new UnboundedChannelOptions { SingleReader = true });
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        int workerCount = Math.Min(pending.Count, pool.TotalCapacity);
        Task workers = RunWorkersAsync(request, pending, workerCount, samples.Writer, run);
        try
        {
            await foreach (Sample sample in samples.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return sample;
            }
        }
        finally
        {
            // Reached early when the caller stops enumerating or a worker failed: stop the rest.
            await run.CancelAsync().ConfigureAwait(false);
            await workers.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Releases the HTTP connections.</summary>
    public void Dispose() => http.Dispose();

    private static void CheckRequest(SampleRequest request)
    {
        if (request.Parameters.MaxTokens < 1)
        {
            throw new ArgumentException($"Maximum token count {request.Parameters.MaxTokens} is invalid; it must be at least 1.", nameof(request));
        }

        var seen = new HashSet<int>(request.SampleIndices.Count);
        foreach (int index in request.SampleIndices)
        {
            if (index < 0)
            {
                throw new ArgumentException($"Sample index {index} of problem '{request.ProblemId}' is negative; indices run from 0.", nameof(request));
            }

            if (!seen.Add(index))
            {
                throw new ArgumentException($"Sample index {index} of problem '{request.ProblemId}' is requested twice; each index may appear once.", nameof(request));
            }
        }
    }

    /// <summary>Runs the workers and completes <paramref name="writer"/> with the first real failure, if any.</summary>
    private async Task RunWorkersAsync(SampleRequest request, ConcurrentQueue<int[]> pending, int workerCount, ChannelWriter<Sample> writer, CancellationTokenSource run)
    {
        Exception? firstFailure = null;
        var tasks = new Task[workerCount];
        for (int worker = 0; worker < workerCount; worker++)
        {
            tasks[worker] = Task.Run(async () =>
            {
                try
                {
                    await RunWorkerAsync(request, pending, writer, run.Token).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !run.IsCancellationRequested)
                {
                    Interlocked.CompareExchange(ref firstFailure, exception, null);
                    await run.CancelAsync().ConfigureAwait(false);
                }
            });
        }

        await Task.WhenAll(tasks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (firstFailure is null && run.IsCancellationRequested)
        {
            firstFailure = new OperationCanceledException(run.Token);
        }

        writer.TryComplete(firstFailure);
    }

    /// <summary>Takes requests off the queue until it is empty; a partial response puts its missing indices back.</summary>
    private async Task RunWorkerAsync(SampleRequest request, ConcurrentQueue<int[]> pending, ChannelWriter<Sample> writer, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        while (pending.TryDequeue(out int[]? indices))
        {
            AttemptResult result = await SendWithRetriesAsync(request, indices, buffer, cancellationToken).ConfigureAwait(false);
            Deliver(request, indices, result.Response!, result.TokenCounts, writer, pending);
        }
    }

    private async Task<AttemptResult> SendWithRetriesAsync(SampleRequest request, int[] indices, ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        SamplingParameters parameters = request.Parameters;
        long? seed = options.SendSeed ? RequestChunks.WireSeed(parameters.Seed, request.ProblemId, indices[0]) : null;
        for (int attempt = 1; ; attempt++)
        {
            EndpointLease lease = await pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
            AttemptResult result;
            try
            {
                result = await client.SendAsync(lease.Endpoint.RequestUrl, request.Prompt, indices.Length, parameters, seed, buffer, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                pool.Release(lease);
                throw;
            }

            if (result.Response is not null)
            {
                pool.ReportSuccess(lease);
                return result;
            }

            EndpointFailure failure = result.Failure!;
            string status = failure.StatusCode is { } code ? $"HTTP {(int)code}" : failure.Kind.ToString();
            if (!failure.IsRetryable)
            {
                pool.Release(lease);
                EndpointLog.RequestFailed(logger, request.ProblemId, failure.RequestUrl, attempt, status);
                throw new EndpointRequestException(failure, attempt, options.ApiKeyEnvironmentVariable);
            }

            pool.ReportFailure(lease, failure);
            if (attempt >= options.MaxAttempts)
            {
                EndpointLog.RequestFailed(logger, request.ProblemId, failure.RequestUrl, attempt, status);
                throw new EndpointRequestException(failure, attempt, options.ApiKeyEnvironmentVariable);
            }

            EndpointLog.RetryingRequest(logger, request.ProblemId, attempt + 1, options.MaxAttempts, status, failure.RequestUrl);
        }
    }

    /// <summary>Writes one sample per choice; indices the server returned no choice for go back on the queue.</summary>
    private static void Deliver(SampleRequest request, int[] indices, CompletionResponse response, int[] tokenCounts, ChannelWriter<Sample> writer, ConcurrentQueue<int[]> pending)
    {
        Span<bool> answered = indices.Length <= 256 ? stackalloc bool[indices.Length] : new bool[indices.Length];
        for (int position = 0; position < response.Choices.Count; position++)
        {
            CompletionChoice choice = response.Choices[position];
            int index = indices[choice.Index];
            answered[choice.Index] = true;
            ulong seed = SampleSeeds.For(request.Parameters.Seed, request.ProblemId, index);
            writer.TryWrite(new Sample(request.ProblemId, index, seed, choice.Text, tokenCounts[position], choice.FinishReason, choice.LogProbability));
        }

        if (response.Choices.Count < indices.Length)
        {
            var missing = new List<int>(indices.Length - response.Choices.Count);
            for (int offset = 0; offset < indices.Length; offset++)
            {
                if (!answered[offset])
                {
                    missing.Add(indices[offset]);
                }
            }

            pending.Enqueue([.. missing]);
        }
    }
}
