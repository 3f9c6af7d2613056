using System.Text;

namespace Monkeys.Endpoints.OpenAi;

/// <summary>Works out each choice's generated-token count from what the response offers.</summary>
internal static class ChoiceTokenCounts
{
    /// <summary>
    /// Returns one count per choice, in response order. Sources, best first: <c>usage.completion_tokens</c>
    /// when the response has one choice (exact); the number of per-token log-probabilities (exact);
    /// otherwise <c>usage.completion_tokens</c> shared out in proportion to each text's UTF-8 length,
    /// which is an estimate whose total is exact.
    /// </summary>
    /// <exception cref="MalformedResponseException">The response has neither usage nor log-probabilities.</exception>
    public static int[] Assign(CompletionResponse response)
    {
        IReadOnlyList<CompletionChoice> choices = response.Choices;
        int[] counts = new int[choices.Count];
        if (choices.Count == 1 && response.CompletionTokens is { } single)
        {
            counts[0] = single;
            return counts;
        }

        if (choices.All(choice => choice.LogProbabilityTokenCount is not null))
        {
            for (int position = 0; position < choices.Count; position++)
            {
                counts[position] = choices[position].LogProbabilityTokenCount!.Value;
            }

            return counts;
        }

        if (response.CompletionTokens is not { } total)
        {
            throw new MalformedResponseException("the response has neither 'usage.completion_tokens' nor per-token log-probabilities, so its token counts are unknown");
        }

        ShareOut(total, choices, counts);
        return counts;
    }

    /// <summary>Splits <paramref name="total"/> by text length with the largest-remainder method.</summary>
    private static void ShareOut(int total, IReadOnlyList<CompletionChoice> choices, int[] counts)
    {
        long[] lengths = choices.Select(choice => (long)Encoding.UTF8.GetByteCount(choice.Text)).ToArray();
        long lengthSum = lengths.Sum();
        if (lengthSum == 0)
        {
            // Empty texts: spread evenly.
            lengths = Enumerable.Repeat(1L, choices.Count).ToArray();
            lengthSum = choices.Count;
        }

        var remainders = new (long Remainder, int Position)[choices.Count];
        int assigned = 0;
        for (int position = 0; position < choices.Count; position++)
        {
            long scaled = total * lengths[position];
            counts[position] = (int)(scaled / lengthSum);
            remainders[position] = (scaled % lengthSum, position);
            assigned += counts[position];
        }

        foreach ((long _, int position) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Position).Take(total - assigned))
        {
            counts[position]++;
        }
    }
}
