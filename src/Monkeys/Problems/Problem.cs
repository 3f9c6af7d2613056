namespace Monkeys.Problems;

/// <summary>
/// One problem of a problem set: the question shown to the model and the reference answer a verifier
/// checks samples against.
/// </summary>
/// <param name="Id">Stable identifier, unique within its problem set (for example <c>gsm8k/test/17</c>).</param>
/// <param name="Question">Question text, without any prompt formatting.</param>
/// <param name="ReferenceAnswer">Reference answer in the form the task's verifier expects (a number for GSM8K).</param>
/// <param name="Metadata">Extra fields of the source record (solution text, difficulty, split); empty when there are none.</param>
public sealed record Problem(
    string Id,
    string Question,
    string ReferenceAnswer,
    IReadOnlyDictionary<string, string> Metadata)
{
    /// <summary>Creates a problem without metadata.</summary>
    public Problem(string id, string question, string referenceAnswer)
        : this(id, question, referenceAnswer, new Dictionary<string, string>())
    {
    }
}
