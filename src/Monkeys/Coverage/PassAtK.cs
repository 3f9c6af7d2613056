using Monkeys.Common;

namespace Monkeys.Coverage;

/// <summary>
/// Unbiased pass@k estimator for one problem: the probability that at least one of k samples, drawn
/// without replacement from n samples of which c are correct, is correct.
/// </summary>
/// <remarks>
/// <para>
/// Formula: pass@k = 1 − C(n−c, k) / C(n, k). The ratio of binomial coefficients is evaluated as the
/// product ∏_{i=n−c+1}^{n} (1 − k/i), which never forms a large binomial coefficient, so it stays
/// accurate at n = 10,000 and beyond. Source: Chen et al. 2021, "Evaluating Large Language Models
/// Trained on Code" (arXiv 2107.03374), and its human-eval reference code; Brown et al. 2024 (arXiv
/// 2407.21787) use the same estimator for coverage.
/// </para>
/// <para>
/// Edge rules: when n − c &lt; k every k-subset contains a correct sample, so the result is exactly 1.
/// k &gt; n is undefined (there is no k-subset of n samples) and throws; it never returns 1.
/// </para>
/// </remarks>
public static class PassAtK
{
    /// <summary>Estimates pass@k from <paramref name="sampleCount"/> samples with <paramref name="correctCount"/> correct.</summary>
    /// <param name="sampleCount">Samples drawn for the problem (n), at least 1.</param>
    /// <param name="correctCount">Correct samples among them (c), 0 to n.</param>
    /// <param name="k">Budget (k), 1 to n.</param>
    /// <returns>The estimate, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// n &lt; 1, c outside 0..n, or k outside 1..n; the message names the value and the allowed range.
    /// </exception>
    public static double Estimate(int sampleCount, int correctCount, int k)
    {
        Guard.AtLeast(sampleCount, 1);
        Guard.InRange(correctCount, 0, sampleCount, "correctCount must not exceed sampleCount");
        Guard.InRange(k, 1, sampleCount, "pass@k is undefined for k greater than sampleCount; draw more samples or lower k");

        if (sampleCount - correctCount < k)
        {
            return 1.0;
        }

        double noCorrect = 1.0;
        for (int i = sampleCount - correctCount + 1; i <= sampleCount; i++)
        {
            noCorrect *= 1.0 - (double)k / i;
        }

        return 1.0 - noCorrect;
    }
}
