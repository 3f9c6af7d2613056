using Monkeys.Common;

namespace Monkeys.Analysis.Compute;

/// <summary>Token counts of one problem's run: the shared prompt and each sample's decoded tokens.</summary>
public sealed record ProblemTokenUsage
{
    /// <summary>Creates the usage record after checking the counts.</summary>
    /// <param name="problemId">Identifier of the problem, used in error messages.</param>
    /// <param name="promptTokens">Prompt length in tokens, 0 or more.</param>
    /// <param name="decodedTokens">Decoded tokens of each sample, each 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ProblemTokenUsage(string problemId, int promptTokens, IReadOnlyList<int> decodedTokens)
    {
        ArgumentNullException.ThrowIfNull(problemId);
        ArgumentNullException.ThrowIfNull(decodedTokens);
        Guard.AtLeast(promptTokens, 0, $"problem '{problemId}'");
        for (int i = 0; i < decodedTokens.Count; i++)
        {
            if (decodedTokens[i] < 0)
            {
                throw Guard.OutOfRange($"decodedTokens[{i}]", decodedTokens[i].ToString(), "0 or more", $"problem '{problemId}'");
            }
        }

        ProblemId = problemId;
        PromptTokens = promptTokens;
        DecodedTokens = decodedTokens;
    }

    /// <summary>Identifier of the problem.</summary>
    public string ProblemId { get; }

    /// <summary>Prompt length in tokens.</summary>
    public int PromptTokens { get; }

    /// <summary>Decoded tokens of each sample, in sample order.</summary>
    public IReadOnlyList<int> DecodedTokens { get; }
}
