using System.Diagnostics;
using System.Globalization;
using Monkeys.TinyModels.Export;
using Monkeys.TinyModels.Model;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace Monkeys.TinyModels.Training;

/// <summary>
/// Trains a <see cref="TinyLlama"/> with AdamW (decoupled weight decay on matrices), linear warmup and
/// cosine decay, printing a progress line every <see cref="TrainerOptions.LogEvery"/> steps and
/// evaluating a held-out set and saving a checkpoint every <see cref="TrainerOptions.EvalEvery"/> steps.
/// </summary>
public sealed class Trainer
{
    private readonly TrainerOptions _options;
    private readonly TextWriter _log;

    /// <summary>Creates a trainer that writes progress to <paramref name="log"/>.</summary>
    public Trainer(TrainerOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>
    /// Runs the training loop on <paramref name="data"/> and returns the last step's facts. Checkpoints go
    /// to <paramref name="checkpointFolder"/> as <c>step-N.ckpt</c> and <c>last.ckpt</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Train(
        TinyLlama model,
        IEnumerator<TrainingExample> data,
        IReadOnlyList<TrainingExample> heldOut,
        string checkpointFolder,
        IReadOnlyDictionary<string, string> runFacts)
    {
        Directory.CreateDirectory(checkpointFolder);
        var parameters = model.Parameters().ToList();
        var matrices = model.Weights.Where(w => w.Value.dim() == 2).Select(w => w.Value).ToList();
        using var optimizer = optim.AdamW(parameters, _options.LearningRate, 0.9, 0.95, 1e-8, weight_decay: 0);

        var clock = Stopwatch.StartNew();
        double lossSum = 0;
        int lossCount = 0;
        var facts = new Dictionary<string, string>(runFacts);

        for (int step = 1; step <= _options.Steps; step++)
        {
            double learningRate = LearningRateAt(step);
            foreach (var group in optimizer.ParamGroups)
            {
                group.LearningRate = learningRate;
            }

            var examples = new List<TrainingExample>(_options.BatchSize);
            for (int i = 0; i < _options.BatchSize && data.MoveNext(); i++)
            {
                examples.Add(data.Current);
            }

            using (var scope = NewDisposeScope())
            {
                using var batch = BatchTensors.Create(examples, model.Shape.ContextLength);
                optimizer.zero_grad();
                Tensor logits = model.Forward(batch.Inputs);
                Tensor loss = F.cross_entropy(logits.reshape(-1, ModelShape.VocabSize), batch.Targets.reshape(-1), ignore_index: BatchTensors.Ignore);
                loss.backward();
                nn.utils.clip_grad_norm_(parameters, 1.0);

                // Decoupled weight decay (AdamW) on matrices only, before the Adam update.
                using (no_grad())
                {
                    foreach (Tensor matrix in matrices)
                    {
                        matrix.mul_(1 - (learningRate * _options.WeightDecay));
                    }
                }

                optimizer.step();
                lossSum += loss.item<float>();
                lossCount++;
            }

            if (step % _options.LogEvery == 0 || step == _options.Steps)
            {
                double seconds = clock.Elapsed.TotalSeconds;
                _log.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"step {step}/{_options.Steps}  loss {lossSum / lossCount:F4}  lr {learningRate:E2}  {step / seconds:F2} steps/s  {seconds / 60:F1} min"));
                facts["train_loss"] = (lossSum / lossCount).ToString("F4", CultureInfo.InvariantCulture);
                lossSum = 0;
                lossCount = 0;
            }

            if (step % _options.EvalEvery == 0 || step == _options.Steps)
            {
                var (heldOutLoss, exact) = Evaluate(model, heldOut);
                double minutes = clock.Elapsed.TotalMinutes;
                _log.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"eval step {step}  held-out loss {heldOutLoss:F4}  teacher-forced exact {exact:P1}  {minutes:F1} min"));
                facts["step"] = step.ToString(CultureInfo.InvariantCulture);
                facts["held_out_loss"] = heldOutLoss.ToString("F4", CultureInfo.InvariantCulture);
                facts["held_out_exact"] = exact.ToString("F4", CultureInfo.InvariantCulture);
                facts["train_minutes"] = minutes.ToString("F1", CultureInfo.InvariantCulture);
                Checkpoint.Save(Path.Combine(checkpointFolder, $"step-{step}.ckpt"), model, facts);
                Checkpoint.Save(Path.Combine(checkpointFolder, "last.ckpt"), model, facts);
            }

            _log.Flush();
        }

        return facts;
    }

    /// <summary>
    /// Returns the mean loss per target token on <paramref name="examples"/> and the fraction of
    /// examples whose every target token is the argmax: exactly the examples greedy decoding reproduces.
    /// </summary>
    public static (double Loss, double Exact) Evaluate(TinyLlama model, IReadOnlyList<TrainingExample> examples)
    {
        double lossSum = 0;
        long tokenCount = 0;
        int exactCount = 0;
        using var noGrad = no_grad();
        for (int start = 0; start < examples.Count; start += 64)
        {
            using var scope = NewDisposeScope();
            var chunk = examples.Skip(start).Take(64).ToList();
            using var batch = BatchTensors.Create(chunk, model.Shape.ContextLength);
            Tensor logits = model.Forward(batch.Inputs);
            Tensor loss = F.cross_entropy(
                logits.reshape(-1, ModelShape.VocabSize), batch.Targets.reshape(-1), ignore_index: BatchTensors.Ignore, reduction: nn.Reduction.Sum);
            lossSum += loss.item<float>();
            tokenCount += batch.TargetCount;

            Tensor counted = batch.Targets.ne(BatchTensors.Ignore);
            Tensor wrong = logits.argmax(-1).ne(batch.Targets).logical_and(counted);
            exactCount += (int)wrong.any(1).logical_not().sum().item<long>();
        }

        return (lossSum / tokenCount, (double)exactCount / examples.Count);
    }

    private double LearningRateAt(int step)
    {
        if (step <= _options.WarmupSteps)
        {
            return _options.LearningRate * step / _options.WarmupSteps;
        }

        double progress = (double)(step - _options.WarmupSteps) / Math.Max(1, _options.Steps - _options.WarmupSteps);
        double cosine = 0.5 * (1 + Math.Cos(Math.PI * progress));
        double floor = _options.MinLearningRateFraction;
        return _options.LearningRate * (floor + ((1 - floor) * cosine));
    }
}
