using System.Reflection;
using System.Security.Cryptography;
using Monkeys.Prompts;
using Monkeys.Samples.Store;
using Monkeys.Sampling;
using Monkeys.Verification;

namespace Monkeys.Runs;

/// <summary>Builds the <see cref="RunManifest"/> of a run from the objects that take part in it.</summary>
public static class RunManifestBuilder
{
    /// <summary>Version of this Monkeys library, as recorded in manifests.</summary>
    public static string ToolkitVersion { get; } =
        typeof(RunManifestBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(RunManifestBuilder).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Creates the manifest of a run; hashes the model file (SHA-256), which reads it once.</summary>
    /// <param name="modelPath">Model file the sampler loaded.</param>
    /// <param name="sampler">The sampler; its description is recorded.</param>
    /// <param name="parameters">Sampling settings.</param>
    /// <param name="promptFormat">Prompt format.</param>
    /// <param name="verifier">Verifier.</param>
    /// <param name="samplesPerProblem">Samples per problem (at least 1).</param>
    /// <param name="problemSource">Where the problems come from, for example <c>synthetic:50</c>.</param>
    /// <exception cref="FileNotFoundException">The model file does not exist.</exception>
    public static RunManifest Create(
        string modelPath,
        ISampler sampler,
        SamplingParameters parameters,
        IPromptFormat promptFormat,
        IVerifier verifier,
        int samplesPerProblem,
        string problemSource)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        Common.Guard.AtLeast(samplesPerProblem, 1);
        return Build(modelPath, HashFile(modelPath), sampler, parameters, promptFormat, verifier, samplesPerProblem, problemSource);
    }

    /// <summary>
    /// Creates the manifest of a run drawn from a model served over HTTP, which has no local file to
    /// hash: the model name is recorded as the model path and the hash is empty. The sampler's
    /// description, which names the model, is what tells two such runs apart.
    /// </summary>
    /// <param name="modelName">Model name the server serves.</param>
    /// <param name="sampler">The sampler; its description is recorded.</param>
    /// <param name="parameters">Sampling settings.</param>
    /// <param name="promptFormat">Prompt format.</param>
    /// <param name="verifier">Verifier.</param>
    /// <param name="samplesPerProblem">Samples per problem (at least 1).</param>
    /// <param name="problemSource">Where the problems come from, for example <c>synthetic:50</c>.</param>
    public static RunManifest CreateForServedModel(
        string modelName,
        ISampler sampler,
        SamplingParameters parameters,
        IPromptFormat promptFormat,
        IVerifier verifier,
        int samplesPerProblem,
        string problemSource)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelName);
        ArgumentNullException.ThrowIfNull(sampler);
        Common.Guard.AtLeast(samplesPerProblem, 1);
        return Build(modelName, "", sampler, parameters, promptFormat, verifier, samplesPerProblem, problemSource);
    }

    private static RunManifest Build(
        string modelPath,
        string modelSha256,
        ISampler sampler,
        SamplingParameters parameters,
        IPromptFormat promptFormat,
        IVerifier verifier,
        int samplesPerProblem,
        string problemSource)
    {
        var manifest = new RunManifest(
            SampleRecordFormat.Version,
            ToolkitVersion,
            modelPath,
            modelSha256,
            sampler.Description,
            0,
            0,
            0,
            [],
            0,
            "",
            "",
            samplesPerProblem,
            problemSource);
        return Describe(manifest, parameters, promptFormat, verifier);
    }

    /// <summary>Returns <paramref name="manifest"/> with the sampling settings, prompt format and verifier replaced by the given ones.</summary>
    public static RunManifest Describe(RunManifest manifest, SamplingParameters parameters, IPromptFormat promptFormat, IVerifier verifier)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(promptFormat);
        ArgumentNullException.ThrowIfNull(verifier);

        return manifest with
        {
            Temperature = parameters.Temperature,
            TopP = parameters.TopP,
            MaxTokens = parameters.MaxTokens,
            StopStrings = [.. parameters.StopStrings],
            Seed = parameters.Seed,
            PromptFormat = promptFormat.Name,
            Verifier = verifier.Name,
        };
    }

    /// <summary>Returns the lower-case hexadecimal SHA-256 of a file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
