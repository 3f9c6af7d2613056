using System.Runtime.CompilerServices;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Tests.Runs;

/// <summary>
/// A sampler whose text is decided by a rule over (problem, index); it records every request so tests can
/// check which samples the pipeline asked for.
/// </summary>
internal sealed class ScriptedSampler(Func<string, int, string> textOf) : ISampler
{
    public List<SampleRequest> Requests { get; } = [];

    /// <summary>Called after each yielded sample with the running count; lets a test cancel mid-run.</summary>
    public Action<int>? AfterSample { get; init; }

    /// <summary>Rewrites the yielded indices, to simulate a faulty sampler.</summary>
    public Func<IReadOnlyList<int>, IEnumerable<int>> Indices { get; init; } = indices => indices;

    public string Description => "scripted";

    private int yielded;

    public async IAsyncEnumerable<Sample> SampleAsync(SampleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        foreach (int index in Indices(request.SampleIndices))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            string text = textOf(request.ProblemId, index);
            ulong seed = SampleSeeds.For(request.Parameters.Seed, request.ProblemId, index);
            yield return new Sample(request.ProblemId, index, seed, text, text.Length, FinishReason.Stop, -1.0);
            yielded++;
            AfterSample?.Invoke(yielded);
        }
    }
}
