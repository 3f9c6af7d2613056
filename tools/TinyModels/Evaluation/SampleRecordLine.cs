using System.Text.Json.Serialization;

namespace Monkeys.TinyModels.Evaluation;

/// <summary>One sampled completion and its verdict, one JSON line of an evaluation or verifier-data file.</summary>
/// <param name="ProblemId">Problem id.</param>
/// <param name="Question">Question text, kept so the verifier model can score the line without the problem set.</param>
/// <param name="Index">Sample index within the problem.</param>
/// <param name="Text">Completion text.</param>
/// <param name="Correct">Whether the GSM8K numeric verifier accepted the <c>#### N</c> line.</param>
/// <param name="Answer">Extracted answer, or null when the completion has no <c>#### N</c> line.</param>
/// <param name="Score">Verifier-model reward score, once scored.</param>
public sealed record SampleRecordLine(
    [property: JsonPropertyName("problem")] string ProblemId,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("correct")] bool Correct,
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("score")] double? Score = null);
