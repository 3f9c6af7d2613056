using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Monkeys.Endpoints.Tests.Chat;

/// <summary>
/// A tiny <see cref="IChatClient"/>: it responds with <c>seed={Seed}</c> after a short delay, reports
/// <see cref="OutputTokenCount"/> tokens, finishes with length when <c>MaxOutputTokens</c> is below
/// 3, and records every call.
/// </summary>
internal sealed class RecordingChatClient : IChatClient
{
    private int inFlight;
    private int maxInFlight;

    public ConcurrentQueue<(IReadOnlyList<ChatMessage> Messages, ChatOptions Options)> Calls { get; } = new();

    public long? OutputTokenCount { get; init; } = 3;

    public ChatFinishReason? FinishReasonOverride { get; init; }

    public int FailOnCall { get; init; } = -1;

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        int now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            Calls.Enqueue(([.. messages], options!));
            if (Calls.Count - 1 == FailOnCall)
            {
                throw new HttpRequestException("upstream refused the call");
            }

            await Task.Delay(20, cancellationToken);
            ChatFinishReason finish = FinishReasonOverride ?? (options!.MaxOutputTokens < 3 ? ChatFinishReason.Length : ChatFinishReason.Stop);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, $"seed={options!.Seed}"))
            {
                FinishReason = finish,
                Usage = OutputTokenCount is { } count ? new UsageDetails { OutputTokenCount = count } : null,
            };
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatResponse response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (ChatResponseUpdate update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("recording", defaultModelId: "tiny") : null;

    public void Dispose()
    {
    }
}
