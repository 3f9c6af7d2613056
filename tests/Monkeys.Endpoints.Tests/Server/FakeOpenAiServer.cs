using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Monkeys.Endpoints.Tests.Server;

/// <summary>
/// An OpenAI-compatible HTTP server on 127.0.0.1 (Kestrel, random free port) that serves
/// <c>POST /v1/completions</c> and <c>POST /v1/chat/completions</c> in the real wire format with
/// <see cref="FakeCompletionModel"/> as its model. A test scripts failures with <see cref="Script"/>:
/// each request takes the next action, and an empty script means a normal completion.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentBag<(int Count, TaskCompletionSource Signal)> requestWaiters = [];
    private int inFlight;
    private int maxInFlight;
    private int stopped;

    private FakeOpenAiServer(WebApplication app)
    {
        this.app = app;
    }

    /// <summary>Base URL including <c>/v1</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Actions for the next requests, taken in order.</summary>
    public ConcurrentQueue<ServerAction> Script { get; } = new();

    /// <summary>Every request received, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Whether choices carry log-probabilities when the request includes <c>logprobs</c>.</summary>
    public bool OfferLogProbabilities { get; set; } = true;

    /// <summary>Whether responses carry <c>usage</c>.</summary>
    public bool OfferUsage { get; set; } = true;

    /// <summary>Delay before a normal completion is written, to keep requests in flight together.</summary>
    public TimeSpan ResponseDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Largest number of requests that were being handled at the same time.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeOpenAiServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromMilliseconds(200));
        WebApplication app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/completions", context => server.HandleAsync(context, isChat: false));
        app.MapPost("/v1/chat/completions", context => server.HandleAsync(context, isChat: true));
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived.</summary>
    public Task WaitForRequestsAsync(int count)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        requestWaiters.Add((count, signal));
        if (Requests.Count >= count)
        {
            signal.TrySetResult();
        }

        return signal.Task;
    }

    /// <summary>Stops listening and aborts the requests in flight, as a crashed replica would.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await app.StopAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, bool isChat)
    {
        int now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            using JsonDocument document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var request = new RecordedRequest(
                context.Request.Path,
                context.Request.Headers.Authorization.FirstOrDefault(),
                document.RootElement.Clone(),
                DateTimeOffset.UtcNow);
            Requests.Enqueue(request);
            foreach ((int count, TaskCompletionSource signal) in requestWaiters)
            {
                if (Requests.Count >= count)
                {
                    signal.TrySetResult();
                }
            }

            ServerAction action = Script.TryDequeue(out ServerAction? next) ? next : new ServerAction.Complete();
            await RespondAsync(context, request, action, isChat);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up or the server is stopping, so no response is written.
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task RespondAsync(HttpContext context, RecordedRequest request, ServerAction action, bool isChat)
    {
        switch (action)
        {
            case ServerAction.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return;

            case ServerAction.Fail fail:
                context.Response.StatusCode = fail.StatusCode;
                if (fail.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = fail.RetryAfter;
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(fail.Body, context.RequestAborted);
                return;

            case ServerAction.RawBody raw:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(raw.Body, context.RequestAborted);
                return;

            case ServerAction.CompleteFewer fewer:
                await WriteCompletionAsync(context, request, isChat, fewer.ChoiceCount);
                return;

            default:
                await WriteCompletionAsync(context, request, isChat, request.N);
                return;
        }
    }

    private async Task WriteCompletionAsync(HttpContext context, RecordedRequest request, bool isChat, int choiceCount)
    {
        if (ResponseDelay > TimeSpan.Zero)
        {
            await Task.Delay(ResponseDelay, context.RequestAborted);
        }

        byte[] body = CompletionResponseWriter.Write(request, isChat, choiceCount, OfferLogProbabilities, OfferUsage);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
