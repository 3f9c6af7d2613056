namespace Monkeys.Verification.MathAnswers;

/// <summary>Result of extracting the final answer from a MATH-style completion.</summary>
/// <param name="Answer">Raw answer text as written in the completion; null when none was found.</param>
/// <param name="Rule">Rule that produced the answer; <see cref="MathExtractionRule.None"/> when none did.</param>
/// <param name="Problem">Why no answer was found (for example an unbalanced brace after <c>\boxed</c>); null on success.</param>
public sealed record MathAnswerExtraction(string? Answer, MathExtractionRule Rule, string? Problem = null);
