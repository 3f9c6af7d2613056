using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Monkeys.Endpoints.Http;
using Monkeys.Sampling;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>
/// Sends one completions request to one endpoint and classifies the result: parsed choices, or a
/// failure with its kind, status and body excerpt. It never retries; the sampler decides that.
/// </summary>
internal sealed class CompletionClient(HttpClient http, OpenAiSamplerOptions options, string? apiKey)
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Requests <paramref name="count"/> samples of <paramref name="prompt"/> from <paramref name="requestUrl"/>.</summary>
    /// <param name="requestUrl">Full URL of the route.</param>
    /// <param name="prompt">Prompt text.</param>
    /// <param name="count">Number of samples (<c>n</c>).</param>
    /// <param name="parameters">Sampling settings.</param>
    /// <param name="seed">Seed to send, or null to send none.</param>
    /// <param name="buffer">Scratch buffer for the request body, owned by the calling worker.</param>
    /// <param name="cancellationToken">The caller's token; its cancellation is thrown, never reported as a failure.</param>
    public async Task<AttemptResult> SendAsync(
        Uri requestUrl,
        string prompt,
        int count,
        SamplingParameters parameters,
        long? seed,
        ArrayBufferWriter<byte> buffer,
        CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            CompletionRequestWriter.Write(writer, options.Api, options.Model, prompt, count, parameters, seed, options.RequestLogProbabilities);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, requestUrl);
        message.Content = new ReadOnlyMemoryContent(buffer.WrittenMemory);
        message.Content.Headers.ContentType = JsonMediaType;
        if (apiKey is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            using HttpResponseMessage response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return Classify(requestUrl, response, body, count);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            string detail = $"no complete response within the request timeout of {options.RequestTimeout.TotalSeconds:0.###} s";
            return AttemptResult.Failed(new EndpointFailure(requestUrl, EndpointFailureKind.Timeout, null, null, detail));
        }
        catch (HttpRequestException exception)
        {
            return AttemptResult.Failed(new EndpointFailure(requestUrl, EndpointFailureKind.Connection, null, null, Mask(exception.Message)));
        }
        catch (IOException exception)
        {
            return AttemptResult.Failed(new EndpointFailure(requestUrl, EndpointFailureKind.Connection, null, null, Mask(exception.Message)));
        }
    }

    private AttemptResult Classify(Uri requestUrl, HttpResponseMessage response, byte[] body, int count)
    {
        HttpStatusCode status = response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            TimeSpan? retryAfter = RetryAfterHeader.ReadDelay(response.Headers, DateTimeOffset.UtcNow);
            string detail = $"the server answered {(int)status} {response.ReasonPhrase}";
            return AttemptResult.Failed(new EndpointFailure(requestUrl, EndpointFailureKind.HttpStatus, status, BodyExcerpt.From(body, apiKey), detail, retryAfter));
        }

        try
        {
            CompletionResponse parsed = CompletionResponseReader.Read(body, options.Api);
            CheckChoiceIndices(parsed, count);
            return AttemptResult.Succeeded(parsed, ChoiceTokenCounts.Assign(parsed));
        }
        catch (MalformedResponseException exception)
        {
            string detail = $"malformed response: {Mask(exception.Message)}";
            return AttemptResult.Failed(new EndpointFailure(requestUrl, EndpointFailureKind.MalformedResponse, status, BodyExcerpt.From(body, apiKey), detail));
        }
    }

    /// <summary>Checks that the choices' indices are distinct and below <paramref name="count"/>; fewer choices than asked for are allowed.</summary>
    private static void CheckChoiceIndices(CompletionResponse response, int count)
    {
        if (response.Choices.Count == 0)
        {
            throw new MalformedResponseException($"the 'choices' array is empty, but {count} were requested");
        }

        Span<bool> seen = count <= 256 ? stackalloc bool[count] : new bool[count];
        foreach (CompletionChoice choice in response.Choices)
        {
            if (choice.Index < 0 || choice.Index >= count)
            {
                throw new MalformedResponseException($"choice index {choice.Index} is outside 0..{count - 1} for n = {count}");
            }

            if (seen[choice.Index])
            {
                throw new MalformedResponseException($"choice index {choice.Index} appears twice");
            }

            seen[choice.Index] = true;
        }
    }

    private string Mask(string text) =>
        string.IsNullOrEmpty(apiKey) ? text : text.Replace(apiKey, "***", StringComparison.Ordinal);
}
