using System.Globalization;
using Monkeys.Problems;
using Monkeys.Problems.Synthetic;
using Monkeys.Llama.Scoring;
using Monkeys.TinyModels.Evaluation;
using Monkeys.TinyModels.Export;
using Monkeys.TinyModels.Model;
using Monkeys.TinyModels.Training;
using TorchSharp;

namespace Monkeys.TinyModels;

/// <summary>The tool's commands.</summary>
internal static class Commands
{
    /// <summary>Help text.</summary>
    public const string Usage = """
        usage: tiny-models <command> [--option value ...]
          train   --model monkey-small|monkey-medium|monkey-large --steps N [--batch 64] [--lr 0.003]
                  [--warmup 200] [--seed 1] [--threads 2] [--log-every 50] [--eval-every 500] [--work tools/TinyModels/work]
                  [--resume FILE.ckpt|FILE.gguf --data-seed N --run-name NAME] [--buckets 32]
                  Trains a generator on SyntheticArithmetic.TrainSplit(data-seed, default seed); checkpoints go to
                  <work>/<run-name>/ (default: the model name). --resume continues from a checkpoint or GGUF file.
                  --buckets N sorts pools of N batches by length (0: stream order).
          export  --checkpoint FILE --out data/models/NAME.gguf
                  Writes the GGUF file and NAME.parity.json next to it.
          sample  --model FILE.gguf --out FILE.jsonl [--split test|train] [--problems 100] [--skip 0] [--samples 1000]
                  [--temperature 0.8] [--seed 1] [--threads 2] [--forks 64]
                  Samples synthetic problems with LlamaSampler and labels each sample with the numeric verifier.
          score   --verifier FILE.gguf --in FILE.jsonl --out FILE.jsonl [--threads 2]
                  Adds the verifier model's reward score to every sample.
          summarize --in FILE.jsonl [--title text]
                  Prints coverage, majority vote, best-of-N and AUROC as markdown.
          card    --checkpoint FILE --results FILE.md --reproduce FILE.sh --out data/models/NAME.md
                  Writes a model card from the checkpoint's facts, measured results and commands.
          train-verifier --data FILE.jsonl[,FILE.jsonl...] --steps N [--init GENERATOR.gguf] [--references 0] [--batch 64]
                  [--lr 0.002] [--seed 1] [--threads 2]
                  Trains monkey-verifier to write Y or N after "Q: {question}\nA:{completion}\nV:", from random weights
                  or from a generator of the same width and depth (--init).
        """;

    /// <summary>Runs the command named by <paramref name="args"/>[0]; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var options = new CommandLine(args.Skip(1));
        switch (args[0])
        {
            case "train":
                return TrainGenerator(options, args);
            case "export":
                return ExportCheckpoint(options);
            case "sample":
                return SampleProblems(options);
            case "score":
                return ScoreSamples(options);
            case "summarize":
                Console.WriteLine(new EvaluationSummary(SampleCollector.Read(options.Text("in"))).ToMarkdown(options.Text("title", options.Text("in"))));
                return 0;
            case "card":
                return WriteCard(options);
            case "train-verifier":
                return TrainVerifier(options, args);
            default:
                throw new ArgumentException($"Command '{args[0]}' is not known; choose one from the usage below.");
        }
    }

    private static int TrainGenerator(CommandLine options, string[] args)
    {
        string name = options.Text("model");
        if (!ModelShape.Presets.TryGetValue(name, out ModelShape? shape))
        {
            throw new ArgumentException($"Unknown model '{name}'; choose one of {string.Join(", ", ModelShape.Presets.Keys)}.");
        }

        var trainerOptions = new TrainerOptions(
            Steps: options.Int("steps", 1000),
            BatchSize: options.Int("batch", 64),
            LearningRate: options.Number("lr", 3e-3),
            WarmupSteps: options.Int("warmup", 200),
            MinLearningRateFraction: 0.1,
            WeightDecay: options.Number("weight-decay", 0.1),
            Seed: options.Int("seed", 1),
            LogEvery: options.Int("log-every", 50),
            EvalEvery: options.Int("eval-every", 500),
            Threads: options.Int("threads", 2));

        torch.set_num_threads(trainerOptions.Threads);
        torch.manual_seed(trainerOptions.Seed);

        // --resume continues from a checkpoint with a fresh optimizer and schedule; give it another
        // --data-seed so the continuation sees new problems.
        string resume = options.Text("resume", "");
        TinyLlama model = resume.Length == 0 ? TinyLlama.CreateRandom(shape, trainerOptions.Seed)
            : resume.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase) ? GgufImport.Load(resume, shape)
            : Checkpoint.Load(resume).Model;
        using var disposeModel = model;
        if (model.Shape != shape)
        {
            throw new ArgumentException($"Checkpoint {resume} contains {model.Shape}, but --model {name} is {shape}; resume with a checkpoint of the same shape.");
        }

        Console.WriteLine($"{shape.Name}: {shape.ParameterCount:N0} parameters, {trainerOptions}{(resume.Length > 0 ? ", resumed from " + resume : "")}");

        // Training data: an endless train stream; held-out: 512 problems of a train stream with another seed.
        ulong dataSeed = (ulong)options.Int("data-seed", (int)trainerOptions.Seed);
        // Batches hold examples of similar length (pools of --buckets batches), which cuts padding by about
        // a third; --buckets 0 keeps the stream order, as the runs before bucketing had it.
        int buckets = options.Int("buckets", 32);
        var stream = SyntheticArithmetic.TrainSplit(dataSeed).Select(ToExample);
        var data = (buckets > 0 ? LengthBuckets.Order(stream, trainerOptions.BatchSize, buckets, trainerOptions.Seed) : stream).GetEnumerator();
        var heldOut = SyntheticArithmetic.TrainSplit((ulong)trainerOptions.Seed + 1_000_003).Take(512).Select(ToExample).ToList();

        var facts = new Dictionary<string, string>
        {
            ["model"] = shape.Name,
            ["parameters"] = shape.ParameterCount.ToString(CultureInfo.InvariantCulture),
            ["seed"] = trainerOptions.Seed.ToString(CultureInfo.InvariantCulture),
            ["batch"] = trainerOptions.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["command"] = CommandLine.Echo(args),
            ["length_buckets"] = buckets.ToString(CultureInfo.InvariantCulture),
        };
        if (resume.Length > 0)
        {
            facts["resumed_from"] = resume;
        }

        string work = options.Text("work", Path.Combine("tools", "TinyModels", "work"));
        string runName = options.Text("run-name", shape.Name);
        new Trainer(trainerOptions, Console.Out).Train(model, data, heldOut, Path.Combine(work, runName), facts);
        return 0;
    }

    private static int WriteCard(CommandLine options)
    {
        string checkpoint = options.Text("checkpoint");
        var (model, header) = Checkpoint.Load(checkpoint);
        model.Dispose();
        string card = ModelCard.Render(header, checkpoint, File.ReadAllText(options.Text("results")), File.ReadAllText(options.Text("reproduce")));
        File.WriteAllText(options.Text("out"), card);
        return 0;
    }

    private static int SampleProblems(CommandLine options)
    {
        int problemCount = options.Int("problems", 100);
        string split = options.Text("split", "test");
        IReadOnlyList<Problem> problems = split switch
        {
            // --skip continues a stopped run: sample seeds depend only on the problem id and index.
            "test" => SyntheticArithmetic.TestSplit(problemCount).Skip(options.Int("skip", 0)).ToList(),

            // Verifier training data comes from train problems, never from the test split.
            "train" => SyntheticArithmetic.TrainSplit((ulong)options.Int("train-seed", 77)).Take(problemCount).ToList(),
            _ => throw new ArgumentException($"Unknown split '{split}'; choose test or train."),
        };

        string output = options.Text("out");
        File.Delete(output);
        long correct = SampleCollector.CollectAsync(
            options.Text("model"),
            problems,
            options.Int("samples", 1000),
            options.Number("temperature", 0.8),
            (ulong)options.Int("seed", 1),
            options.Int("threads", 2),
            options.Int("forks", 64),
            output,
            Console.Out).GetAwaiter().GetResult();
        Console.WriteLine($"wrote {output}: {correct} correct samples");
        return 0;
    }

    private static int ScoreSamples(CommandLine options)
    {
        var lines = SampleCollector.Read(options.Text("in")).ToList();
        using var scorer = VerifierModelScorer.Load(options.Text("verifier"), options.Int("threads", 2), batchSize: 32, contextSize: 320);
        var scored = new List<SampleRecordLine>(lines.Count);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int start = 0; start < lines.Count; start += 256)
        {
            var chunk = lines.Skip(start).Take(256).ToList();
            var scores = scorer.Score(chunk.Select(l => new VerifierInput(l.Question, l.Text)).ToList());
            scored.AddRange(chunk.Zip(scores, (line, score) => line with { Score = score }));
            Console.WriteLine($"scored {scored.Count}/{lines.Count} in {clock.Elapsed.TotalSeconds:F0} s");
        }

        File.WriteAllLines(options.Text("out"), scored.Select(l => System.Text.Json.JsonSerializer.Serialize(l)));
        return 0;
    }

    private static int TrainVerifier(CommandLine options, string[] args)
    {
        ModelShape shape = ModelShape.Presets["monkey-verifier"];
        var trainerOptions = new TrainerOptions(
            Steps: options.Int("steps", 1000),
            BatchSize: options.Int("batch", 64),
            LearningRate: options.Number("lr", 2e-3),
            WarmupSteps: options.Int("warmup", 100),
            MinLearningRateFraction: 0.1,
            WeightDecay: options.Number("weight-decay", 0.1),
            Seed: options.Int("seed", 1),
            LogEvery: options.Int("log-every", 25),
            EvalEvery: options.Int("eval-every", 250),
            Threads: options.Int("threads", 2));

        torch.set_num_threads(trainerOptions.Threads);
        torch.manual_seed(trainerOptions.Seed);

        // Problems, not samples, are split 90/10 into training and held-out, so held-out questions are unseen.
        var lines = options.Text("data").Split(',').SelectMany(SampleCollector.Read).ToList();

        // Tiny generators are rarely right, so reference solutions of other train problems add correct examples.
        int references = options.Int("references", 0);
        lines.AddRange(SyntheticArithmetic.TrainSplit(99).Take(references).Select(p =>
            new SampleRecordLine(p.Id, p.Question, 0, SyntheticArithmetic.Completion(p), true, p.ReferenceAnswer)));
        var heldOutProblems = lines.Select(l => l.ProblemId).Distinct().Where((_, i) => i % 10 == 0).ToHashSet();
        var train = lines.Where(l => !heldOutProblems.Contains(l.ProblemId)).ToList();
        var heldOut = lines.Where(l => heldOutProblems.Contains(l.ProblemId)).Select(ToVerifierExample).ToList();
        Console.WriteLine($"verifier data: {lines.Count} samples, {lines.Count(l => l.Correct)} correct; {train.Count} train, {heldOut.Count} held-out");

        // --init starts from a trained generator of the same width and depth, as reward models start from
        // a language model: it already computes the arithmetic it has to check.
        string init = options.Text("init", "");
        using TinyLlama model = init.Length == 0 ? TinyLlama.CreateRandom(shape, trainerOptions.Seed) : GgufImport.Load(init, shape);
        var facts = new Dictionary<string, string>
        {
            ["model"] = shape.Name,
            ["parameters"] = shape.ParameterCount.ToString(CultureInfo.InvariantCulture),
            ["seed"] = trainerOptions.Seed.ToString(CultureInfo.InvariantCulture),
            ["batch"] = trainerOptions.BatchSize.ToString(CultureInfo.InvariantCulture),
            ["verifier_samples"] = lines.Count.ToString(CultureInfo.InvariantCulture),
            ["initialized_from"] = init.Length == 0 ? "random" : Path.GetFileName(init),
            ["command"] = CommandLine.Echo(args),
        };
        string work = options.Text("work", Path.Combine("tools", "TinyModels", "work"));
        var data = BalancedStream(train, trainerOptions.Seed).Select(ToVerifierExample).GetEnumerator();
        new Trainer(trainerOptions, Console.Out).Train(model, data, heldOut, Path.Combine(work, shape.Name), facts);
        return 0;
    }

    // Endless stream alternating correct and incorrect samples, each class reshuffled on every pass,
    // so the verifier sees both verdicts equally often whatever the generators' accuracy.
    private static IEnumerable<SampleRecordLine> BalancedStream(IReadOnlyList<SampleRecordLine> lines, long seed)
    {
        var random = new Random((int)seed);
        var correct = lines.Where(l => l.Correct).ToArray();
        var incorrect = lines.Where(l => !l.Correct).ToArray();
        if (correct.Length == 0 || incorrect.Length == 0)
        {
            throw new ArgumentException($"Verifier data needs correct and incorrect samples; it has {correct.Length} correct and {incorrect.Length} incorrect.");
        }

        int c = correct.Length;
        int n = incorrect.Length;
        while (true)
        {
            if (c == correct.Length)
            {
                random.Shuffle(correct);
                c = 0;
            }

            if (n == incorrect.Length)
            {
                random.Shuffle(incorrect);
                n = 0;
            }

            yield return correct[c++];
            yield return incorrect[n++];
        }
    }

    private static TrainingExample ToVerifierExample(SampleRecordLine line) =>
        TrainingExample.Create(VerifierModelScorer.FormatInput(line.Question, line.Text), line.Correct ? "Y" : "N", appendEos: false);

    private static int ExportCheckpoint(CommandLine options)
    {
        string checkpoint = options.Text("checkpoint");
        string output = options.Text("out");
        var (model, header) = Checkpoint.Load(checkpoint);
        using (model)
        {
            GgufExport.Write(output, model, header.Facts);
            string parityPath = Path.ChangeExtension(output, ".parity.json");
            ParityRecord.Compute(model, Path.GetFileName(output), ParityTexts(model.Shape), stride: 8).Save(parityPath);
            Console.WriteLine($"wrote {output} and {parityPath} from {checkpoint} (step {header.Facts.GetValueOrDefault("step", "?")})");
        }

        return 0;
    }

    // Fixed sequences for parity: a short prompt, and a test problem with its full solution, whose
    // length exercises the rotary embedding at positions up to ~150.
    private static IReadOnlyList<string> ParityTexts(ModelShape shape)
    {
        Problem problem = SyntheticArithmetic.TestSplit(1)[0];
        string prompt = new SyntheticPromptFormat().Format(problem);
        string solved = prompt + SyntheticArithmetic.Completion(problem);
        return shape.Name == "monkey-verifier"
            ? ["Q: Ann has 12 pens. How many pens now?\nA:", solved + "\nV:"]
            : ["Q: Ann has 12 pens. How many pens now?\nA:", solved];
    }

    private static TrainingExample ToExample(Problem problem) =>
        TrainingExample.Create(new SyntheticPromptFormat().Format(problem), SyntheticArithmetic.Completion(problem));
}
