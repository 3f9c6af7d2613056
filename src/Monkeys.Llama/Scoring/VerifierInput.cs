namespace Monkeys.Llama.Scoring;

/// <summary>A candidate solution to score with the verifier model.</summary>
/// <param name="Question">Problem text, as in <c>Problem.Question</c>.</param>
/// <param name="Completion">The sample's text, exactly as generated after <c>A:</c>.</param>
public sealed record VerifierInput(string Question, string Completion);
