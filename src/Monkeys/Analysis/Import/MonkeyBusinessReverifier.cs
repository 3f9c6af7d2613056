using Monkeys.Coverage;
using Monkeys.Verification;

namespace Monkeys.Analysis.Import;

/// <summary>Re-checks released <c>monkey_business</c> samples with one of our verifiers and compares the verdicts.</summary>
public static class MonkeyBusinessReverifier
{
    /// <summary>Verifies every sample of <paramref name="row"/>, in parallel over samples.</summary>
    /// <param name="row">Released row; its <see cref="MonkeyBusinessRow.GroundTruth"/> is the reference answer.</param>
    /// <param name="verifier">Verifier; must be safe to call from several threads.</param>
    /// <param name="cancellationToken">Stops the verification.</param>
    public static ReverifiedRow Reverify(MonkeyBusinessRow row, IVerifier verifier, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(verifier);

        var problem = row.ToProblem();
        var results = new VerificationResult[row.Samples.Count];
        Parallel.For(
            0,
            results.Length,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = verifier.Verify(problem, row.Samples[i]));
        return new ReverifiedRow(row, results);
    }

    /// <summary>
    /// Streams <paramref name="path"/>, re-verifies every sample and tallies agreement with the released
    /// verdicts. Memory keeps one row, the per-problem counts and the kept examples.
    /// </summary>
    /// <param name="path">Path of a <c>monkey_business</c> file.</param>
    /// <param name="verifier">Verifier to compare with the release.</param>
    /// <param name="problemIdPrefix">Prefix of every problem id; null for none.</param>
    /// <param name="maxExamples">Disagreements to keep as examples, 0 or more.</param>
    /// <param name="progress">Receives the number of rows finished.</param>
    /// <param name="cancellationToken">Stops between rows and within a row.</param>
    /// <exception cref="MonkeyBusinessFormatException">The file is malformed; the message names the row.</exception>
    public static async Task<VerdictAgreement> CompareAsync(
        string path,
        IVerifier verifier,
        string? problemIdPrefix = null,
        int maxExamples = 100,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Common.Guard.AtLeast(maxExamples, 0);

        int rows = 0;
        long samples = 0;
        long agreements = 0;
        long releasedOnly = 0;
        long oursOnly = 0;
        var examples = new List<VerdictDisagreement>();
        var releasedCounts = new List<ProblemCounts>();
        var ourCounts = new List<ProblemCounts>();

        await foreach (MonkeyBusinessRow row in MonkeyBusinessReader.ReadAsync(path, problemIdPrefix, cancellationToken).ConfigureAwait(false))
        {
            ReverifiedRow checkedRow = Reverify(row, verifier, cancellationToken);
            for (int i = 0; i < row.Samples.Count; i++)
            {
                bool ours = checkedRow.Results[i].IsCorrect;
                bool released = row.ReleasedVerdicts[i];
                agreements += ours == released ? 1 : 0;
                releasedOnly += released && !ours ? 1 : 0;
                oursOnly += ours && !released ? 1 : 0;
            }

            if (examples.Count < maxExamples)
            {
                examples.AddRange(checkedRow.Disagreements().Take(maxExamples - examples.Count));
            }

            samples += row.Samples.Count;
            releasedCounts.Add(row.ToCounts());
            ourCounts.Add(checkedRow.ToCounts());
            rows++;
            progress?.Report(rows);
        }

        return new VerdictAgreement(rows, samples, agreements, releasedOnly, oursOnly, examples, releasedCounts, ourCounts);
    }
}
