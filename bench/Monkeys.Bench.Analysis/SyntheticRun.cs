using Monkeys.Analysis;
using Monkeys.Analysis.Compute;

namespace Monkeys.Bench.Analysis;

/// <summary>
/// A synthetic run shaped like the GSM8K and MATH runs of Brown et al. 2024. Success rates are drawn
/// as u³, so many problems are hard. Correct samples give the reference answer and wrong samples pick
/// from 20 wrong numbers, a few of them popular. About 5 % of samples give no answer, and every sample
/// has a verifier-style log-probability that is higher on average for correct samples.
/// </summary>
internal static class SyntheticRun
{
    public static ProblemOutcomes[] Create(int problemCount, int sampleCount, int seed)
    {
        var random = new Random(seed);
        var problems = new ProblemOutcomes[problemCount];
        for (int p = 0; p < problemCount; p++)
        {
            double rate = Math.Pow(random.NextDouble(), 3);
            string reference = (100 + p).ToString();
            string[] wrong = Enumerable.Range(1, 20).Select(w => (100 + p + (w * 7)).ToString()).ToArray();
            var samples = new SampleOutcome[sampleCount];
            for (int i = 0; i < sampleCount; i++)
            {
                double draw = random.NextDouble();
                if (draw < 0.05)
                {
                    samples[i] = new SampleOutcome(null, false, Math.Log(0.05));
                    continue;
                }

                bool correct = random.NextDouble() < rate;
                string answer = correct ? reference : wrong[Math.Min(19, (int)(20 * Math.Pow(random.NextDouble(), 2)))];
                double probability = Math.Clamp((correct ? 0.6 : 0.35) + ((random.NextDouble() - 0.5) * 0.5), 0.01, 0.99);
                samples[i] = new SampleOutcome(answer, correct, Math.Log(probability));
            }

            problems[p] = new ProblemOutcomes($"synthetic/{p}", samples);
        }

        return problems;
    }

    public static ProblemTokenUsage[] TokenUsage(int problemCount, int sampleCount, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, problemCount)
            .Select(p => new ProblemTokenUsage($"synthetic/{p}", 700 + random.Next(300), Enumerable.Range(0, sampleCount).Select(_ => 80 + random.Next(200)).ToArray()))
            .ToArray();
    }
}
