using Monkeys.Problems;

namespace Monkeys.Verification;

/// <summary>
/// Checks a sample against its problem. Implementations must be safe to call from several threads
/// at once and must never execute sample text in the calling process.
/// </summary>
public interface IVerifier
{
    /// <summary>Short name recorded in run manifests (for example <c>numeric</c>).</summary>
    string Name { get; }

    /// <summary>Checks one completion against the problem's reference answer.</summary>
    VerificationResult Verify(Problem problem, string completion);
}
