using Monkeys.Problems;
using Monkeys.Problems.Gsm8k;
using Monkeys.Problems.Synthetic;
using Monkeys.Prompts;
using Monkeys.Verification;
using Monkeys.Verification.Numeric;

namespace Monkeys.Cli.Running;

/// <summary>The problems of a run with the prompt format and verifier that suit them.</summary>
/// <param name="Problems">Problems in run order.</param>
/// <param name="PromptFormat">Prompt format.</param>
/// <param name="Verifier">Verifier.</param>
/// <param name="Source">Description recorded in the manifest, for example <c>synthetic:50</c>.</param>
/// <param name="DefaultMaxTokens">Maximum tokens per sample when <c>--max-tokens</c> is not given.</param>
internal sealed record ProblemSet(
    IReadOnlyList<Problem> Problems,
    IPromptFormat PromptFormat,
    IVerifier Verifier,
    string Source,
    int DefaultMaxTokens)
{
    /// <summary>Parses a <c>--problems</c> spec (<c>synthetic:COUNT</c> or <c>gsm8k:PATH</c>) and loads the problems.</summary>
    /// <param name="spec">The spec.</param>
    /// <param name="limit">Keep only the first this many problems; null keeps all.</param>
    /// <param name="shots">GSM8K few-shot examples per prompt; 0 selects the zero-shot format.</param>
    /// <param name="trainingPath">GSM8K training file; null uses <c>train.jsonl</c> next to the problem file.</param>
    /// <param name="seed">Seed of the few-shot example draw (the run seed).</param>
    /// <exception cref="UsageException">The spec is malformed.</exception>
    /// <exception cref="FileNotFoundException">A GSM8K file does not exist.</exception>
    public static ProblemSet Load(string spec, int? limit, int shots, string? trainingPath, ulong seed)
    {
        int colon = spec.IndexOf(':');
        string kind = colon < 0 ? spec : spec[..colon];
        string argument = colon < 0 ? "" : spec[(colon + 1)..];

        return kind switch
        {
            "synthetic" => LoadSynthetic(spec, argument, limit),
            "gsm8k" => LoadGsm8k(spec, argument, limit, shots, trainingPath, seed),
            _ => throw new UsageException(
                $"--problems '{spec}' is not a known problem set. Use synthetic:COUNT (for example synthetic:50) or gsm8k:PATH (a GSM8K .jsonl file)."),
        };
    }

    private static ProblemSet LoadSynthetic(string spec, string argument, int? limit)
    {
        if (!int.TryParse(argument, out int count) || count < 1 || count > SyntheticArithmetic.TestSplitSize)
        {
            throw new UsageException(
                $"--problems '{spec}' needs a problem count from 1 to {SyntheticArithmetic.TestSplitSize} after 'synthetic:', for example synthetic:50.");
        }

        if (limit is int most)
        {
            count = Math.Min(count, most);
        }

        return new ProblemSet(
            SyntheticArithmetic.TestSplit(count),
            new SyntheticPromptFormat(),
            new NumericVerifier(NumericAnswerFormat.Gsm8k),
            $"synthetic:{count}",
            DefaultMaxTokens: 128);
    }

    private static ProblemSet LoadGsm8k(string spec, string path, int? limit, int shots, string? trainingPath, ulong seed)
    {
        if (path.Length == 0)
        {
            throw new UsageException($"--problems '{spec}' needs a file after 'gsm8k:', for example gsm8k:data/gsm8k/test.jsonl.");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"--problems '{spec}': the file {path} was not found. Check the path after 'gsm8k:'.");
        }

        IEnumerable<Problem> problems = Gsm8kLoader.Load(path);
        if (limit is int most)
        {
            problems = problems.Take(most);
        }

        Problem[] loaded = problems.ToArray();
        if (loaded.Length == 0)
        {
            throw new UsageException($"--problems '{spec}': the file {path} contains no problems.");
        }

        IPromptFormat format = shots == 0 ? new Gsm8kZeroShotPrompt() : LoadFewShot(path, shots, trainingPath, seed);
        string source = $"gsm8k:{Path.GetFullPath(path)}" + (limit is int n ? $", first {n}" : "");
        return new ProblemSet(loaded, format, new NumericVerifier(NumericAnswerFormat.Gsm8k), source, DefaultMaxTokens: 512);
    }

    private static Gsm8kFewShotPrompt LoadFewShot(string problemPath, int shots, string? trainingPath, ulong seed)
    {
        trainingPath ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(problemPath)) ?? ".", "train.jsonl");
        if (!File.Exists(trainingPath))
        {
            throw new UsageException(
                $"The few-shot training file {trainingPath} was not found. Pass one with --train PATH, or use --shots 0 for zero-shot prompts.");
        }

        return Gsm8kFewShotPrompt.FromTrainingFile(trainingPath, shots, seed);
    }
}
