using Monkeys.Common;

namespace Monkeys.Analysis.Compute;

/// <summary>
/// Size figures of a decoder-only transformer that the inference FLOPs formula needs. Callers fill it
/// from a model config or a GGUF file's metadata (the core library reads no model files).
/// </summary>
public sealed record ModelShape
{
    /// <summary>Creates a shape after checking that every figure is positive.</summary>
    /// <param name="parameters">Total parameter count.</param>
    /// <param name="layers">Number of transformer blocks.</param>
    /// <param name="modelDimension">Width of the residual stream (d_model, the embedding length).</param>
    /// <exception cref="ArgumentOutOfRangeException">A figure is below 1.</exception>
    public ModelShape(long parameters, int layers, int modelDimension)
    {
        if (parameters < 1)
        {
            throw Guard.OutOfRange(nameof(parameters), parameters.ToString(), "1 or more");
        }

        Parameters = parameters;
        Layers = Guard.AtLeast(layers, 1);
        ModelDimension = Guard.AtLeast(modelDimension, 1);
    }

    /// <summary>Total parameter count.</summary>
    public long Parameters { get; }

    /// <summary>Number of transformer blocks.</summary>
    public int Layers { get; }

    /// <summary>Width of the residual stream (d_model).</summary>
    public int ModelDimension { get; }
}
