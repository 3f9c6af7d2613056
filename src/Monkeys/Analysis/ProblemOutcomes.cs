using Monkeys.Coverage;

namespace Monkeys.Analysis;

/// <summary>All verified samples of one problem, in sample order: the input of selection analysis.</summary>
/// <param name="ProblemId">Identifier of the problem.</param>
/// <param name="Samples">Samples in index order; the position in this list is the sample index that tie rules refer to.</param>
public sealed record ProblemOutcomes(string ProblemId, IReadOnlyList<SampleOutcome> Samples)
{
    /// <summary>Counts the samples and correct samples, the input of coverage.</summary>
    public ProblemCounts ToCounts()
    {
        int correct = 0;
        foreach (SampleOutcome sample in Samples)
        {
            if (sample.IsCorrect)
            {
                correct++;
            }
        }

        return new ProblemCounts(ProblemId, Samples.Count, correct);
    }
}
