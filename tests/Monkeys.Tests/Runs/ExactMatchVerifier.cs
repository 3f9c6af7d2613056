using Monkeys.Problems;
using Monkeys.Verification;

namespace Monkeys.Tests.Runs;

/// <summary>Judges a completion correct when its trimmed text equals the reference answer.</summary>
internal sealed class ExactMatchVerifier : IVerifier
{
    public string Name => "exact-match";

    public VerificationResult Verify(Problem problem, string completion)
    {
        string answer = completion.Trim();
        if (answer.Length == 0)
        {
            return new VerificationResult(Verdict.NoAnswer, null);
        }

        return new VerificationResult(answer == problem.ReferenceAnswer ? Verdict.Correct : Verdict.Incorrect, answer);
    }
}
