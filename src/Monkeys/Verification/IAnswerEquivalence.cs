namespace Monkeys.Verification;

/// <summary>
/// Decides whether two extracted answers mean the same thing; majority vote uses it to group answers
/// (so <c>0.5</c> and <c>1/2</c> vote together).
/// </summary>
public interface IAnswerEquivalence
{
    /// <summary>Returns true when the two extracted answers are equivalent under this verifier's rules.</summary>
    bool AreEquivalent(string answer, string otherAnswer);
}
