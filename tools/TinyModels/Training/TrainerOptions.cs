namespace Monkeys.TinyModels.Training;

/// <summary>Settings of one training run.</summary>
/// <param name="Steps">Optimizer steps.</param>
/// <param name="BatchSize">Sequences per step.</param>
/// <param name="LearningRate">Peak AdamW learning rate, reached after the warmup.</param>
/// <param name="WarmupSteps">Steps of linear warmup from 0.</param>
/// <param name="MinLearningRateFraction">Cosine decay ends at this fraction of the peak learning rate.</param>
/// <param name="WeightDecay">AdamW decoupled weight decay, applied to matrices only.</param>
/// <param name="Seed">Seed of the weights and of the data order.</param>
/// <param name="LogEvery">Steps between progress lines.</param>
/// <param name="EvalEvery">Steps between held-out evaluations and checkpoints.</param>
/// <param name="Threads">Torch intra-op threads.</param>
public sealed record TrainerOptions(
    int Steps,
    int BatchSize,
    double LearningRate,
    int WarmupSteps,
    double MinLearningRateFraction,
    double WeightDecay,
    long Seed,
    int LogEvery,
    int EvalEvery,
    int Threads);
