using System.Text.Json;
using Monkeys.Sampling;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>Writes the JSON body of one completions or chat-completions request.</summary>
internal static class CompletionRequestWriter
{
    /// <summary>Writes a request for <paramref name="count"/> samples of one prompt.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="api">Route the body is for: completions take <c>prompt</c>, chat takes one user message.</param>
    /// <param name="model">Value of the <c>model</c> field.</param>
    /// <param name="prompt">Prompt text.</param>
    /// <param name="count">Value of <c>n</c>.</param>
    /// <param name="parameters">Temperature, top-p, maximum tokens and stop strings.</param>
    /// <param name="seed">Value of <c>seed</c>; null leaves the field out.</param>
    /// <param name="logProbabilities">Whether to ask for the sampled tokens' log-probabilities.</param>
    public static void Write(
        Utf8JsonWriter writer,
        OpenAiApi api,
        string model,
        string prompt,
        int count,
        SamplingParameters parameters,
        long? seed,
        bool logProbabilities)
    {
        writer.WriteStartObject();
        writer.WriteString("model", model);
        if (api == OpenAiApi.Completions)
        {
            writer.WriteString("prompt", prompt);
        }
        else
        {
            writer.WriteStartArray("messages");
            writer.WriteStartObject();
            writer.WriteString("role", "user");
            writer.WriteString("content", prompt);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteNumber("n", count);
        writer.WriteNumber("max_tokens", parameters.MaxTokens);
        writer.WriteNumber("temperature", parameters.Temperature);
        writer.WriteNumber("top_p", parameters.TopP);
        if (parameters.StopStrings.Count > 0)
        {
            writer.WriteStartArray("stop");
            foreach (string stop in parameters.StopStrings)
            {
                writer.WriteStringValue(stop);
            }

            writer.WriteEndArray();
        }

        if (seed is { } value)
        {
            writer.WriteNumber("seed", value);
        }

        if (logProbabilities)
        {
            // Completions take the number of top alternatives per token (the sampled token's own
            // log-probability always comes with them); chat takes a flag.
            if (api == OpenAiApi.Completions)
            {
                writer.WriteNumber("logprobs", 1);
            }
            else
            {
                writer.WriteBoolean("logprobs", true);
            }
        }

        writer.WriteBoolean("stream", false);
        writer.WriteEndObject();
    }
}
