using System.Text;
using System.Text.Json;

namespace Monkeys.Endpoints.Tests.Server;

/// <summary>
/// Builds completion and chat-completion response bodies in the OpenAI wire format, generating each
/// choice token by token and honouring <c>max_tokens</c> and <c>stop</c> as a real server does.
/// </summary>
public static class CompletionResponseWriter
{
    /// <summary>Writes the response body for <paramref name="request"/> with <paramref name="choiceCount"/> choices.</summary>
    public static byte[] Write(RecordedRequest request, bool isChat, int choiceCount, bool offerLogProbabilities, bool offerUsage)
    {
        JsonElement body = request.Body;
        int maxTokens = body.TryGetProperty("max_tokens", out JsonElement max) ? max.GetInt32() : 16;
        string[] stops = body.TryGetProperty("stop", out JsonElement stop) ? [.. stop.EnumerateArray().Select(s => s.GetString()!)] : [];
        bool wantsLogProbabilities = body.TryGetProperty("logprobs", out JsonElement logprobs)
            && (logprobs.ValueKind == JsonValueKind.True || logprobs.ValueKind == JsonValueKind.Number);
        bool includeLogProbabilities = wantsLogProbabilities && offerLogProbabilities;
        string prompt = isChat ? body.GetProperty("messages")[0].GetProperty("content").GetString()! : body.GetProperty("prompt").GetString()!;

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("id", isChat ? "chatcmpl-test" : "cmpl-test");
            writer.WriteString("object", isChat ? "chat.completion" : "text_completion");
            writer.WriteNumber("created", 1_700_000_000);
            writer.WriteString("model", body.GetProperty("model").GetString());
            writer.WriteStartArray("choices");
            int completionTokens = 0;
            for (int choice = 0; choice < choiceCount; choice++)
            {
                completionTokens += WriteChoice(writer, request.Seed, choice, maxTokens, stops, isChat, includeLogProbabilities);
            }

            writer.WriteEndArray();
            if (offerUsage)
            {
                int promptTokens = Math.Max(1, Encoding.UTF8.GetByteCount(prompt) / 4);
                writer.WriteStartObject("usage");
                writer.WriteNumber("prompt_tokens", promptTokens);
                writer.WriteNumber("completion_tokens", completionTokens);
                writer.WriteNumber("total_tokens", promptTokens + completionTokens);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>Writes one choice and returns its generated-token count.</summary>
    private static int WriteChoice(Utf8JsonWriter writer, long? seed, int choice, int maxTokens, string[] stops, bool isChat, bool includeLogProbabilities)
    {
        string[] tokens = FakeCompletionModel.Tokens(seed, choice);
        var text = new StringBuilder();
        int generated = 0;
        string finishReason = "stop";
        string? visible = null;
        while (generated < tokens.Length)
        {
            if (generated == maxTokens)
            {
                finishReason = "length";
                break;
            }

            text.Append(tokens[generated]);
            generated++;
            string soFar = text.ToString();
            int cut = stops.Select(s => soFar.IndexOf(s, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (cut >= 0)
            {
                visible = soFar[..cut];
                break;
            }
        }

        visible ??= text.ToString();
        writer.WriteStartObject();
        writer.WriteNumber("index", choice);
        if (isChat)
        {
            writer.WriteStartObject("message");
            writer.WriteString("role", "assistant");
            writer.WriteString("content", visible);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteString("text", visible);
        }

        if (includeLogProbabilities)
        {
            WriteLogProbabilities(writer, tokens, generated, isChat);
        }
        else
        {
            writer.WriteNull("logprobs");
        }

        writer.WriteString("finish_reason", finishReason);
        writer.WriteEndObject();
        return generated;
    }

    private static void WriteLogProbabilities(Utf8JsonWriter writer, string[] tokens, int generated, bool isChat)
    {
        double[] values = FakeCompletionModel.TokenLogProbabilities;
        writer.WriteStartObject("logprobs");
        if (isChat)
        {
            writer.WriteStartArray("content");
            for (int t = 0; t < generated; t++)
            {
                writer.WriteStartObject();
                writer.WriteString("token", tokens[t]);
                writer.WriteNumber("logprob", values[t]);
                writer.WriteStartArray("bytes");
                foreach (byte b in Encoding.UTF8.GetBytes(tokens[t]))
                {
                    writer.WriteNumberValue(b);
                }

                writer.WriteEndArray();
                writer.WriteStartArray("top_logprobs");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStartArray("tokens");
            for (int t = 0; t < generated; t++)
            {
                writer.WriteStringValue(tokens[t]);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("token_logprobs");
            for (int t = 0; t < generated; t++)
            {
                writer.WriteNumberValue(values[t]);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("top_logprobs");
            for (int t = 0; t < generated; t++)
            {
                writer.WriteStartObject();
                writer.WriteNumber(tokens[t], values[t]);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("text_offset");
            int offset = 0;
            for (int t = 0; t < generated; t++)
            {
                writer.WriteNumberValue(offset);
                offset += tokens[t].Length;
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
