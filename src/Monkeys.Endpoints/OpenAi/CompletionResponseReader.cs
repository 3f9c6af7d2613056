using System.Text.Json;
using Monkeys.Samples;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>
/// Parses a non-streaming completions or chat-completions response body. Fields the sampler does
/// not use (<c>id</c>, <c>created</c>, <c>top_logprobs</c>) are skipped, so servers that add their
/// own fields still parse.
/// </summary>
internal static class CompletionResponseReader
{
    /// <summary>Parses <paramref name="body"/>.</summary>
    /// <exception cref="MalformedResponseException">The body is not JSON, has no <c>choices</c> array, or a choice lacks its text, index or a known finish reason.</exception>
    public static CompletionResponse Read(ReadOnlyMemory<byte> body, OpenAiApi api)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new MalformedResponseException($"the body is not valid JSON ({exception.Message})", exception);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedResponseException($"the body is a JSON {root.ValueKind}, not an object");
            }

            if (!root.TryGetProperty("choices", out JsonElement choices) || choices.ValueKind != JsonValueKind.Array)
            {
                string error = root.TryGetProperty("error", out JsonElement errorElement) ? $" (it carries an error: {errorElement.GetRawText()})" : "";
                throw new MalformedResponseException($"the body has no 'choices' array{error}");
            }

            var parsed = new List<CompletionChoice>(choices.GetArrayLength());
            foreach (JsonElement choice in choices.EnumerateArray())
            {
                parsed.Add(ReadChoice(choice, api, parsed.Count));
            }

            return new CompletionResponse(parsed, ReadCompletionTokens(root));
        }
    }

    private static CompletionChoice ReadChoice(JsonElement choice, OpenAiApi api, int position)
    {
        if (choice.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedResponseException($"choices[{position}] is not an object");
        }

        if (!choice.TryGetProperty("index", out JsonElement indexElement) || !indexElement.TryGetInt32(out int index))
        {
            throw new MalformedResponseException($"choices[{position}] has no integer 'index'");
        }

        string text = ReadText(choice, api, position);
        FinishReason finishReason = ReadFinishReason(choice, position);
        (int? tokenCount, double logProbability) = ReadLogProbabilities(choice, api, position);
        return new CompletionChoice(index, text, finishReason, tokenCount, logProbability);
    }

    private static string ReadText(JsonElement choice, OpenAiApi api, int position)
    {
        if (api == OpenAiApi.Completions)
        {
            if (choice.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String)
            {
                return text.GetString()!;
            }

            throw new MalformedResponseException($"choices[{position}] has no string 'text'");
        }

        if (!choice.TryGetProperty("message", out JsonElement message) || message.ValueKind != JsonValueKind.Object)
        {
            throw new MalformedResponseException($"choices[{position}] has no 'message' object");
        }

        // A chat message's content may be null when the model produced nothing visible.
        if (message.TryGetProperty("content", out JsonElement content))
        {
            if (content.ValueKind == JsonValueKind.String)
            {
                return content.GetString()!;
            }

            if (content.ValueKind == JsonValueKind.Null)
            {
                return "";
            }
        }

        throw new MalformedResponseException($"choices[{position}].message has no string 'content'");
    }

    private static FinishReason ReadFinishReason(JsonElement choice, int position)
    {
        if (choice.TryGetProperty("finish_reason", out JsonElement reason) && reason.ValueKind == JsonValueKind.String)
        {
            if (reason.ValueEquals("stop"u8) || reason.ValueEquals("eos"u8))
            {
                return FinishReason.Stop;
            }

            if (reason.ValueEquals("length"u8))
            {
                return FinishReason.Length;
            }

            throw new MalformedResponseException($"choices[{position}] has finish_reason '{reason.GetString()}', expected 'stop' or 'length'");
        }

        throw new MalformedResponseException($"choices[{position}] has no string 'finish_reason'");
    }

    /// <summary>
    /// Sums the sampled tokens' log-probabilities: <c>logprobs.token_logprobs[]</c> on completions,
    /// <c>logprobs.content[].logprob</c> on chat. Returns (null, NaN) when the choice has none.
    /// </summary>
    private static (int? TokenCount, double Sum) ReadLogProbabilities(JsonElement choice, OpenAiApi api, int position)
    {
        if (!choice.TryGetProperty("logprobs", out JsonElement logprobs) || logprobs.ValueKind != JsonValueKind.Object)
        {
            return (null, double.NaN);
        }

        bool isCompletions = api == OpenAiApi.Completions;
        string arrayName = isCompletions ? "token_logprobs" : "content";
        if (!logprobs.TryGetProperty(arrayName, out JsonElement entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return (null, double.NaN);
        }

        int count = 0;
        double sum = 0;
        foreach (JsonElement entry in entries.EnumerateArray())
        {
            JsonElement value = entry;
            if (!isCompletions && !entry.TryGetProperty("logprob", out value))
            {
                throw new MalformedResponseException($"choices[{position}].logprobs.content[{count}] has no 'logprob'");
            }

            if (value.ValueKind != JsonValueKind.Number)
            {
                throw new MalformedResponseException($"choices[{position}].logprobs.{arrayName}[{count}] is not a number");
            }

            sum += value.GetDouble();
            count++;
        }

        return (count, sum);
    }

    private static int? ReadCompletionTokens(JsonElement root)
    {
        if (root.TryGetProperty("usage", out JsonElement usage)
            && usage.ValueKind == JsonValueKind.Object
            && usage.TryGetProperty("completion_tokens", out JsonElement tokens)
            && tokens.TryGetInt32(out int count))
        {
            return count;
        }

        return null;
    }
}
