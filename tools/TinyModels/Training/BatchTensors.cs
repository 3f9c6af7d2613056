using Monkeys.TinyModels.Model;
using static TorchSharp.torch;

namespace Monkeys.TinyModels.Training;

/// <summary>
/// A padded batch: inputs <c>[batch, time]</c> and next-token targets <c>[batch, time]</c>, where every
/// position outside the target span holds <see cref="Ignore"/>.
/// </summary>
public sealed class BatchTensors : IDisposable
{
    /// <summary>Target value that cross-entropy skips.</summary>
    public const long Ignore = -100;

    private BatchTensors(Tensor inputs, Tensor targets, int targetCount)
    {
        Inputs = inputs;
        Targets = targets;
        TargetCount = targetCount;
    }

    /// <summary>Input token ids, right-padded with the padding token.</summary>
    public Tensor Inputs { get; }

    /// <summary>Next-token targets, <see cref="Ignore"/> on prompt and padding positions.</summary>
    public Tensor Targets { get; }

    /// <summary>Number of positions the loss covers.</summary>
    public int TargetCount { get; }

    /// <summary>Pads <paramref name="examples"/> to the longest one, cut at <paramref name="maxLength"/> tokens.</summary>
    public static BatchTensors Create(IReadOnlyList<TrainingExample> examples, int maxLength)
    {
        int time = Math.Min(maxLength, examples.Max(e => e.Tokens.Length)) - 1;
        var inputs = new long[examples.Count * time];
        var targets = new long[examples.Count * time];
        Array.Fill(inputs, ModelShape.Pad);
        Array.Fill(targets, Ignore);
        int targetCount = 0;

        for (int row = 0; row < examples.Count; row++)
        {
            int[] tokens = examples[row].Tokens;
            int length = Math.Min(tokens.Length, time + 1);
            for (int t = 0; t < length - 1; t++)
            {
                inputs[(row * time) + t] = tokens[t];

                // Position t predicts token t+1; the loss covers it when t+1 is in the target span.
                if (t + 1 >= examples[row].TargetStart)
                {
                    targets[(row * time) + t] = tokens[t + 1];
                    targetCount++;
                }
            }
        }

        return new BatchTensors(
            tensor(inputs, [examples.Count, time]),
            tensor(targets, [examples.Count, time]),
            targetCount);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Inputs.Dispose();
        Targets.Dispose();
    }
}
