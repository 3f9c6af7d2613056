namespace Monkeys.Llama.Sampling;

/// <summary>
/// Draws the next token from a row of logits with temperature and top-p (nucleus) sampling, in managed code so the
/// log-probability of the choice is exact.
/// </summary>
/// <remarks>
/// Temperature T &gt; 0: p_i = softmax(z / T); with top-p &lt; 1 the smallest set of most probable tokens whose mass
/// reaches top-p is kept (ties broken by lower token id) and renormalised; the token is drawn with one uniform number
/// by inverse CDF in that order. The reported log-probability is ln p of the drawn token in that final distribution.
/// Temperature 0 is greedy: the highest logit wins (lowest id on ties) and the reported log-probability is ln
/// softmax(z) of that token at temperature 1 without top-p, the model's own probability, because the point mass
/// that greedy decoding samples from would always give 0.
/// </remarks>
internal sealed class TokenSampler
{
    private readonly double[] _probabilities;
    private readonly int[] _order;
    private readonly Comparer<int> _byProbability;

    /// <summary>Creates a sampler with scratch buffers for <paramref name="vocabularySize"/> tokens.</summary>
    public TokenSampler(int vocabularySize)
    {
        _probabilities = new double[vocabularySize];
        _order = new int[vocabularySize];
        _byProbability = Comparer<int>.Create((a, b) =>
        {
            int byValue = _probabilities[b].CompareTo(_probabilities[a]);
            return byValue != 0 ? byValue : a.CompareTo(b);
        });
    }

    /// <summary>Draws one token from <paramref name="logits"/>.</summary>
    public TokenChoice Sample(ReadOnlySpan<float> logits, double temperature, double topP, ref SplitMix64 random)
    {
        if (temperature <= 0)
        {
            return Greedy(logits);
        }

        int n = logits.Length;
        double inverseTemperature = 1.0 / temperature;
        float max = float.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            if (logits[i] > max)
            {
                max = logits[i];
            }
        }

        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            double p = Math.Exp((logits[i] - max) * inverseTemperature);
            _probabilities[i] = p;
            sum += p;
        }

        return topP >= 1 ? DrawFromAll(n, sum, ref random) : DrawFromNucleus(n, sum, topP, ref random);
    }

    private TokenChoice DrawFromAll(int n, double sum, ref SplitMix64 random)
    {
        double target = random.NextDouble() * sum;
        double cumulative = 0;
        int chosen = n - 1;
        for (int i = 0; i < n; i++)
        {
            cumulative += _probabilities[i];
            if (target < cumulative)
            {
                chosen = i;
                break;
            }
        }

        // Rounding can leave target ≥ the final sum; the last token with non-zero mass is then chosen.
        while (_probabilities[chosen] == 0 && chosen > 0)
        {
            chosen--;
        }

        return new TokenChoice(chosen, Math.Log(_probabilities[chosen] / sum));
    }

    private TokenChoice DrawFromNucleus(int n, double sum, double topP, ref SplitMix64 random)
    {
        for (int i = 0; i < n; i++)
        {
            _order[i] = i;
        }

        Array.Sort(_order, 0, n, _byProbability);

        double threshold = topP * sum;
        double kept = 0;
        int keptCount = 0;
        while (keptCount < n)
        {
            kept += _probabilities[_order[keptCount]];
            keptCount++;
            if (kept >= threshold)
            {
                break;
            }
        }

        double target = random.NextDouble() * kept;
        double cumulative = 0;
        int chosen = _order[keptCount - 1];
        for (int r = 0; r < keptCount; r++)
        {
            cumulative += _probabilities[_order[r]];
            if (target < cumulative)
            {
                chosen = _order[r];
                break;
            }
        }

        return new TokenChoice(chosen, Math.Log(_probabilities[chosen] / kept));
    }

    private static TokenChoice Greedy(ReadOnlySpan<float> logits)
    {
        int best = 0;
        for (int i = 1; i < logits.Length; i++)
        {
            if (logits[i] > logits[best])
            {
                best = i;
            }
        }

        double max = logits[best];
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            sum += Math.Exp(logits[i] - max);
        }

        return new TokenChoice(best, -Math.Log(sum));
    }
}
