namespace Monkeys.Endpoints.OpenAi;

/// <summary>Which OpenAI-compatible route the sampler calls.</summary>
public enum OpenAiApi
{
    /// <summary>
    /// <c>POST {base}/completions</c>: the prompt is continued as raw text, so few-shot prompts
    /// reach the model exactly as formatted. Use this for base models.
    /// </summary>
    Completions,

    /// <summary>
    /// <c>POST {base}/chat/completions</c>: the prompt is sent as one user message and the server
    /// applies the model's chat template. Use this for instruction-tuned models.
    /// </summary>
    ChatCompletions,
}
