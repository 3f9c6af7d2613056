using System.Text;
using Monkeys.Endpoints.OpenAi;
using Monkeys.Samples;

namespace Monkeys.Endpoints.Tests.OpenAi;

public sealed class CompletionResponseReaderTests
{
    private static CompletionResponse Read(string json, OpenAiApi api = OpenAiApi.Completions) =>
        CompletionResponseReader.Read(Encoding.UTF8.GetBytes(json), api);

    [Fact]
    public void Completion_choice_is_read()
    {
        CompletionResponse response = Read("""
            {"id":"cmpl-1","object":"text_completion","created":1,"model":"m","extra":{"ignored":true},
             "choices":[{"index":0,"text":" 5","logprobs":{"tokens":[" ","5"],"token_logprobs":[-1.5,-0.25],"top_logprobs":[{" ":-1.5},{"5":-0.25}],"text_offset":[0,1]},"finish_reason":"length"}],
             "usage":{"prompt_tokens":3,"completion_tokens":2,"total_tokens":5}}
            """);

        CompletionChoice choice = Assert.Single(response.Choices);
        Assert.Equal(" 5", choice.Text);
        Assert.Equal(FinishReason.Length, choice.FinishReason);
        Assert.Equal(2, choice.LogProbabilityTokenCount);
        Assert.Equal(-1.75, choice.LogProbability, 12);
        Assert.Equal(2, response.CompletionTokens);
    }

    [Fact]
    public void Chat_null_content_is_empty_text()
    {
        CompletionResponse response = Read(
            """{"choices":[{"index":0,"message":{"role":"assistant","content":null},"logprobs":null,"finish_reason":"stop"}]}""",
            OpenAiApi.ChatCompletions);

        CompletionChoice choice = Assert.Single(response.Choices);
        Assert.Equal("", choice.Text);
        Assert.True(double.IsNaN(choice.LogProbability));
        Assert.Null(choice.LogProbabilityTokenCount);
        Assert.Null(response.CompletionTokens);
    }

    [Theory]
    [InlineData("""[1, 2]""", "not an object")]
    [InlineData("""{"object":"text_completion"}""", "no 'choices' array")]
    [InlineData("""{"error":{"message":"model not loaded"}}""", "model not loaded")]
    [InlineData("""{"choices":[{"text":"a","finish_reason":"stop"}]}""", "no integer 'index'")]
    [InlineData("""{"choices":[{"index":0,"finish_reason":"stop"}]}""", "no string 'text'")]
    [InlineData("""{"choices":[{"index":0,"text":"a"}]}""", "no string 'finish_reason'")]
    [InlineData("""{"choices":[{"index":0,"text":"a","finish_reason":"tool_calls"}]}""", "'tool_calls'")]
    [InlineData("""{"choices":[{"index":0,"text":"a","finish_reason":"stop","logprobs":{"token_logprobs":["x"]}}]}""", "is not a number")]
    [InlineData("""{"choices":[{"index":0,"text":"a""", "not valid JSON")]
    public void Invalid_body_names_the_problem(string json, string expectedFragment)
    {
        var error = Assert.Throws<MalformedResponseException>(() => Read(json));

        Assert.Contains(expectedFragment, error.Message);
    }
}
