using Monkeys.Samples;
using Monkeys.Samples.Store;
using Monkeys.Verification;

namespace Monkeys.Tests.Samples.Store;

/// <summary>Manifests, records and temporary folders shared by the store tests.</summary>
internal static class StoreFixtures
{
    public static RunManifest Manifest(int samplesPerProblem = 4, ulong seed = 7) => new(
        FormatVersion: SampleRecordFormat.Version,
        ToolkitVersion: "test",
        ModelPath: "model.gguf",
        ModelSha256: "ab12",
        Sampler: "test sampler",
        Temperature: 0.6,
        TopP: 1.0,
        MaxTokens: 32,
        StopStrings: ["\n\n"],
        Seed: seed,
        PromptFormat: "plain",
        Verifier: "numeric",
        SamplesPerProblem: samplesPerProblem,
        ProblemSource: "synthetic:3");

    public static SampleRecord Record(string problemId, int index, string text = "12 #### 12", Verdict verdict = Verdict.Correct) => new(
        new Sample(problemId, index, (ulong)(1000 + index), text, text.Length, FinishReason.Stop, -1.5 * (index + 1)),
        verdict,
        verdict == Verdict.NoAnswer ? null : "12");

    public static string NewFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "monkeys-store-tests", Guid.NewGuid().ToString("N"));
        return folder;
    }
}
