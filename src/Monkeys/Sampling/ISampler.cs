using Monkeys.Samples;

namespace Monkeys.Sampling;

/// <summary>
/// Draws samples from a model. A sampler yields each requested sample exactly once, in any order,
/// as soon as it is complete, so a caller can store it before the next one arrives.
/// </summary>
public interface ISampler
{
    /// <summary>Short description recorded in run manifests (model file, endpoint, backend).</summary>
    string Description { get; }

    /// <summary>Generates the requested samples of one problem.</summary>
    IAsyncEnumerable<Sample> SampleAsync(SampleRequest request, CancellationToken cancellationToken = default);
}
