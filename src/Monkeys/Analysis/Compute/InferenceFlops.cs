using Monkeys.Common;

namespace Monkeys.Analysis.Compute;

/// <summary>
/// Inference FLOPs by the approximation of Brown et al. 2024, "Large Language Monkeys" (arXiv
/// 2407.21787): one token at context length L costs 2·(parameters + 2·layers·d_model·L).
/// </summary>
/// <remarks>
/// The first term is the matrix multiplications (2 FLOPs per parameter), the second the attention
/// over L earlier positions. A run evaluates the prompt once, shared by all samples, and then every
/// sample's decoded tokens. This class charges every token of a sequence at that sequence's final
/// length (prompt tokens at the prompt length, a sample's tokens at prompt plus that sample's
/// length), which slightly overstates the attention term compared with summing over positions.
/// </remarks>
public static class InferenceFlops
{
    /// <summary>Computes FLOPs for one token at context length <paramref name="contextLength"/>.</summary>
    /// <param name="shape">Model size figures.</param>
    /// <param name="contextLength">Tokens the new token attends over, 0 or more.</param>
    public static double PerToken(ModelShape shape, int contextLength)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Guard.AtLeast(contextLength, 0);
        return 2.0 * (shape.Parameters + (2.0 * shape.Layers * shape.ModelDimension * contextLength));
    }

    /// <summary>Computes FLOPs for evaluating a prompt once.</summary>
    /// <param name="shape">Model size figures.</param>
    /// <param name="promptTokens">Prompt length in tokens, 0 or more.</param>
    public static double Prompt(ModelShape shape, int promptTokens)
    {
        return promptTokens * PerToken(shape, promptTokens);
    }

    /// <summary>Computes FLOPs for decoding one sample after a prompt.</summary>
    /// <param name="shape">Model size figures.</param>
    /// <param name="promptTokens">Prompt length in tokens, 0 or more.</param>
    /// <param name="decodedTokens">Tokens the sample decoded, 0 or more.</param>
    public static double Sample(ModelShape shape, int promptTokens, int decodedTokens)
    {
        Guard.AtLeast(decodedTokens, 0);
        return decodedTokens * PerToken(shape, promptTokens + decodedTokens);
    }

    /// <summary>Computes FLOPs for one problem's run: the prompt once plus every sample's decoded tokens.</summary>
    /// <param name="shape">Model size figures.</param>
    /// <param name="usage">Prompt length and decoded tokens per sample of the problem.</param>
    public static double Run(ModelShape shape, ProblemTokenUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);

        double total = Prompt(shape, usage.PromptTokens);
        foreach (int decoded in usage.DecodedTokens)
        {
            total += Sample(shape, usage.PromptTokens, decoded);
        }

        return total;
    }

    /// <summary>
    /// Computes the expected FLOPs of a run with budget <paramref name="k"/>: the prompt once plus k
    /// times the mean FLOPs of one of the problem's observed samples.
    /// </summary>
    /// <param name="shape">Model size figures.</param>
    /// <param name="usage">Prompt length and decoded tokens per sample of the problem; at least one sample.</param>
    /// <param name="k">Budget, 1 or more; may exceed the observed sample count.</param>
    /// <exception cref="ArgumentException">The usage lists no samples.</exception>
    public static double AtBudget(ModelShape shape, ProblemTokenUsage usage, int k)
    {
        ArgumentNullException.ThrowIfNull(usage);
        Guard.AtLeast(k, 1);
        return Prompt(shape, usage.PromptTokens) + (k * MeanSample(shape, usage));
    }

    /// <summary>Computes the mean FLOPs of decoding one of the problem's observed samples.</summary>
    /// <param name="shape">Model size figures.</param>
    /// <param name="usage">Prompt length and decoded tokens per sample; at least one sample.</param>
    /// <exception cref="ArgumentException">The usage lists no samples.</exception>
    public static double MeanSample(ModelShape shape, ProblemTokenUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        if (usage.DecodedTokens.Count == 0)
        {
            throw new ArgumentException(
                $"Cannot estimate FLOPs per sample for problem '{usage.ProblemId}': it lists no samples' decoded token counts.",
                nameof(usage));
        }

        double sampleTotal = 0;
        foreach (int decoded in usage.DecodedTokens)
        {
            sampleTotal += Sample(shape, usage.PromptTokens, decoded);
        }

        return sampleTotal / usage.DecodedTokens.Count;
    }
}
