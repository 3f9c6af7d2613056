namespace Monkeys.Samples.Store;

/// <summary>
/// Description of a run, stored as <c>manifest.json</c> next to its samples. Two runs may share a
/// sample file only when every field that <see cref="FindDifference"/> compares is equal.
/// </summary>
/// <param name="FormatVersion">Version of the sample store format; this toolkit writes <see cref="SampleRecordFormat.Version"/>.</param>
/// <param name="ToolkitVersion">Version of the Monkeys library that created the run (informational).</param>
/// <param name="ModelPath">Path of the model file as the user gave it (informational; the hash identifies the model).</param>
/// <param name="ModelSha256">Lower-case hexadecimal SHA-256 of the model file.</param>
/// <param name="Sampler">The sampler's description (backend and settings that change its output).</param>
/// <param name="Temperature">Softmax temperature.</param>
/// <param name="TopP">Nucleus sampling mass.</param>
/// <param name="MaxTokens">Maximum generated tokens per sample.</param>
/// <param name="StopStrings">Strings that end a sample.</param>
/// <param name="Seed">Run seed from which every sample's seed is derived.</param>
/// <param name="PromptFormat">Name of the prompt format.</param>
/// <param name="Verifier">Name of the verifier.</param>
/// <param name="SamplesPerProblem">Number of samples drawn per problem (indices 0 to N − 1).</param>
/// <param name="ProblemSource">Where the problems came from (for example <c>synthetic:50</c> or <c>gsm8k:test.jsonl, first 128</c>).</param>
public sealed record RunManifest(
    int FormatVersion,
    string ToolkitVersion,
    string ModelPath,
    string ModelSha256,
    string Sampler,
    double Temperature,
    double TopP,
    int MaxTokens,
    IReadOnlyList<string> StopStrings,
    ulong Seed,
    string PromptFormat,
    string Verifier,
    int SamplesPerProblem,
    string ProblemSource)
{
    /// <summary>
    /// Finds the first field, in declaration order, whose value would change the samples of a run:
    /// everything except <see cref="ToolkitVersion"/> and <see cref="ModelPath"/>.
    /// </summary>
    /// <returns>The difference, or null when the two manifests describe the same run.</returns>
    public ManifestDifference? FindDifference(RunManifest other)
    {
        ArgumentNullException.ThrowIfNull(other);

        (string Field, string Mine, string Theirs)[] fields =
        [
            ("format_version", FormatVersion.ToString(), other.FormatVersion.ToString()),
            ("model_sha256", ModelSha256, other.ModelSha256),
            ("sampler", Sampler, other.Sampler),
            ("temperature", Format(Temperature), Format(other.Temperature)),
            ("top_p", Format(TopP), Format(other.TopP)),
            ("max_tokens", MaxTokens.ToString(), other.MaxTokens.ToString()),
            ("stop_strings", FormatList(StopStrings), FormatList(other.StopStrings)),
            ("seed", Seed.ToString(), other.Seed.ToString()),
            ("prompt_format", PromptFormat, other.PromptFormat),
            ("verifier", Verifier, other.Verifier),
            ("samples_per_problem", SamplesPerProblem.ToString(), other.SamplesPerProblem.ToString()),
            ("problem_source", ProblemSource, other.ProblemSource),
        ];

        foreach (var (field, mine, theirs) in fields)
        {
            if (!string.Equals(mine, theirs, StringComparison.Ordinal))
            {
                return new ManifestDifference(field, mine, theirs);
            }
        }

        return null;
    }

    private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string FormatList(IReadOnlyList<string> values) =>
        System.Text.Json.JsonSerializer.Serialize(values);
}
