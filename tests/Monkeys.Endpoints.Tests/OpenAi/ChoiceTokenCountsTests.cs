using Monkeys.Endpoints.OpenAi;
using Monkeys.Samples;

namespace Monkeys.Endpoints.Tests.OpenAi;

public sealed class ChoiceTokenCountsTests
{
    private static CompletionChoice Choice(int index, string text, int? logProbabilityCount = null) =>
        new(index, text, FinishReason.Stop, logProbabilityCount, double.NaN);

    [Fact]
    public void Single_choice_takes_usage()
    {
        var response = new CompletionResponse([Choice(0, "abc", logProbabilityCount: 2)], CompletionTokens: 5);

        Assert.Equal([5], ChoiceTokenCounts.Assign(response));
    }

    [Fact]
    public void Several_choices_take_log_probability_counts()
    {
        var response = new CompletionResponse([Choice(0, "a", 4), Choice(1, "bb", 6)], CompletionTokens: 11);

        Assert.Equal([4, 6], ChoiceTokenCounts.Assign(response));
    }

    [Fact]
    public void Usage_is_shared_by_text_length()
    {
        // Lengths 1, 2, 3 (sum 6) share 10 tokens: 10/6 = 1.67, 20/6 = 3.33, 30/6 = 5 → floors 1, 3, 5
        // leave 1 token, which goes to the largest remainder (the first choice, 4/6).
        var response = new CompletionResponse([Choice(0, "a"), Choice(1, "bb"), Choice(2, "ccc")], CompletionTokens: 10);

        Assert.Equal([2, 3, 5], ChoiceTokenCounts.Assign(response));
    }

    [Fact]
    public void Empty_texts_share_usage_evenly()
    {
        var response = new CompletionResponse([Choice(0, ""), Choice(1, "")], CompletionTokens: 4);

        Assert.Equal([2, 2], ChoiceTokenCounts.Assign(response));
    }

    [Fact]
    public void No_usage_and_no_log_probabilities_is_malformed()
    {
        var response = new CompletionResponse([Choice(0, "a"), Choice(1, "b")], CompletionTokens: null);

        var error = Assert.Throws<MalformedResponseException>(() => ChoiceTokenCounts.Assign(response));

        Assert.Contains("usage.completion_tokens", error.Message);
    }
}
