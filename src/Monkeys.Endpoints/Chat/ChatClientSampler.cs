using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.AI;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Endpoints.Chat;

/// <summary>
/// Uses any <see cref="IChatClient"/> as a sampler: each sample is one request with the prompt as a
/// single user message.
/// </summary>
/// <remarks>
/// <para>
/// The sampling parameters map to <see cref="ChatOptions"/>: temperature, top-p, maximum output
/// tokens, stop sequences, and a seed (the low 31 bits of the sample's own seed, as in
/// <see cref="RequestChunks.WireSeed"/>). The finish reason <see cref="ChatFinishReason.Length"/>
/// becomes <see cref="FinishReason.Length"/>; <see cref="ChatFinishReason.Stop"/> or none becomes
/// <see cref="FinishReason.Stop"/>; any other reason is an error. <see cref="Sample.LogProbability"/>
/// is NaN, because <see cref="ChatResponse"/> carries no log-probabilities.
/// </para>
/// <para>
/// Retries are the client's business (for example a retrying middleware in its pipeline): the first
/// exception the client throws stops the call and is rethrown unchanged. Samples yielded before it
/// are valid.
/// </para>
/// </remarks>
public sealed class ChatClientSampler : ISampler
{
    private readonly IChatClient client;
    private readonly ChatClientSamplerOptions options;

    /// <summary>Wraps <paramref name="client"/>; the caller keeps ownership and disposes it.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ChatClientSamplerOptions.MaxConcurrentRequests"/> is below 1.</exception>
    public ChatClientSampler(IChatClient client, ChatClientSamplerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        this.client = client;
        this.options = options ?? new ChatClientSamplerOptions();
        if (this.options.MaxConcurrentRequests < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), this.options.MaxConcurrentRequests, $"MaxConcurrentRequests is {this.options.MaxConcurrentRequests}; it must be at least 1.");
        }

        ChatClientMetadata? metadata = client.GetService<ChatClientMetadata>();
        string model = this.options.ModelId ?? metadata?.DefaultModelId ?? "default";
        Description = this.options.Description ?? $"chat-client {metadata?.ProviderName ?? client.GetType().Name} model={model}";
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The request repeats an index or has a negative one.</exception>
    /// <exception cref="InvalidOperationException">The client returned a finish reason other than stop or length, or no token count and no counter is set.</exception>
    public async IAsyncEnumerable<Sample> SampleAsync(SampleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckIndices(request);
        var samples = Channel.CreateUnbounded<Sample>(new UnboundedChannelOptions { SingleReader = true });
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentRequests, CancellationToken = run.Token };
        Task producer = ProduceAsync(request, parallel, samples.Writer);
        try
        {
            await foreach (Sample sample in samples.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return sample;
            }
        }
        finally
        {
            await run.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ProduceAsync(SampleRequest request, ParallelOptions parallel, ChannelWriter<Sample> writer)
    {
        try
        {
            await Parallel.ForEachAsync(request.SampleIndices, parallel, async (index, token) =>
            {
                Sample sample = await SampleOneAsync(request, index, token).ConfigureAwait(false);
                writer.TryWrite(sample);
            }).ConfigureAwait(false);
            writer.TryComplete();
        }
        catch (Exception exception)
        {
            writer.TryComplete(exception);
        }
    }

    private async Task<Sample> SampleOneAsync(SampleRequest request, int index, CancellationToken cancellationToken)
    {
        SamplingParameters parameters = request.Parameters;
        ulong seed = SampleSeeds.For(parameters.Seed, request.ProblemId, index);
        var chatOptions = new ChatOptions
        {
            ModelId = options.ModelId,
            Temperature = (float)parameters.Temperature,
            TopP = (float)parameters.TopP,
            MaxOutputTokens = parameters.MaxTokens,
            StopSequences = [.. parameters.StopStrings],
            Seed = RequestChunks.WireSeed(parameters.Seed, request.ProblemId, index),
        };

        ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, request.Prompt)], chatOptions, cancellationToken).ConfigureAwait(false);
        string text = response.Text;
        return new Sample(request.ProblemId, index, seed, text, CountTokens(response, text, request.ProblemId, index), MapFinishReason(response.FinishReason, request.ProblemId, index), double.NaN);
    }

    private int CountTokens(ChatResponse response, string text, string problemId, int index)
    {
        if (response.Usage?.OutputTokenCount is { } reported)
        {
            return checked((int)reported);
        }

        if (options.CountTokens is { } counter)
        {
            return counter(text);
        }

        throw new InvalidOperationException(
            $"{Description} returned no Usage.OutputTokenCount for sample {index} of problem '{problemId}'; set ChatClientSamplerOptions.CountTokens to count tokens from the text.");
    }

    private FinishReason MapFinishReason(ChatFinishReason? reason, string problemId, int index)
    {
        if (reason is null || reason == ChatFinishReason.Stop)
        {
            return FinishReason.Stop;
        }

        if (reason == ChatFinishReason.Length)
        {
            return FinishReason.Length;
        }

        throw new InvalidOperationException(
            $"{Description} finished sample {index} of problem '{problemId}' with reason '{reason}', which is neither stop nor length; a sample must be plain generated text.");
    }

    private static void CheckIndices(SampleRequest request)
    {
        var seen = new HashSet<int>(request.SampleIndices.Count);
        foreach (int index in request.SampleIndices)
        {
            if (index < 0 || !seen.Add(index))
            {
                throw new ArgumentException(
                    $"Sample index {index} of problem '{request.ProblemId}' is {(index < 0 ? "negative" : "requested twice")}; indices run from 0 and each may appear once.",
                    nameof(request));
            }
        }
    }
}
