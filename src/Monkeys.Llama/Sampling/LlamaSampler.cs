using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using LLama;
using LLama.Common;
using LLama.Native;
using Monkeys.Samples;
using Monkeys.Sampling;

namespace Monkeys.Llama.Sampling;

/// <summary>
/// Draws many samples of one prompt from a GGUF model with llama.cpp through LLamaSharp 0.30.0. The prompt is
/// evaluated once and its KV cache is copied to one sequence per sample. All running samples then decode together,
/// one token each per llama.cpp decode call.
/// </summary>
/// <remarks>
/// <para>
/// Each sample draws from its own random stream seeded with <see cref="SampleSeeds.For"/>, so its text depends only
/// on the run seed, problem id, index, parameters and model, and on nothing else in exact mode. In the default mode
/// (F16 KV cache) the logits of a sequence can differ in the last bits with the batch it shares, so texts are
/// reproducible for the same request and <see cref="LlamaSamplerOptions.BatchSize"/> but may differ between batch sizes.
/// </para>
/// <para>
/// Up to <see cref="LlamaSamplerOptions.BatchSize"/> samples run at once; when one finishes, the next requested index
/// takes its slot, and finished samples are yielded after the decode step that finished them. One enumeration of
/// <see cref="SampleAsync"/> may run at a time per sampler.
/// </para>
/// </remarks>
public sealed class LlamaSampler : ISampler, IDisposable
{
    private const int PromptSequence = 0;

    private readonly LLamaWeights _weights;
    private readonly LLamaContext _context;
    private readonly TokenPieces _pieces;
    private readonly TokenSampler _tokenSampler;
    private readonly LLamaBatch _batch = new();
    private readonly float[] _promptLogits;
    private int _busy;
    private bool _disposed;

    private long _wallTicks;
    private long _nativeTicks;
    private long _sampledTokens;
    private long _promptTokens;
    private long _decodeCalls;

    private LlamaSampler(LlamaSamplerOptions options, LLamaWeights weights, LLamaContext context, int sequenceContext)
    {
        Options = options;
        _weights = weights;
        _context = context;
        SequenceContextSize = sequenceContext;
        _pieces = new TokenPieces(weights);
        _tokenSampler = new TokenSampler(_pieces.Count);
        _promptLogits = new float[_pieces.Count];
    }

    /// <summary>The options the sampler was loaded with.</summary>
    public LlamaSamplerOptions Options { get; }

    /// <summary>Maximum tokens per sequence (prompt plus completion) that the KV cache holds.</summary>
    public int SequenceContextSize { get; }

    /// <inheritdoc />
    public string Description =>
        $"llama.cpp via LLamaSharp 0.30.0: {Path.GetFileName(Options.ModelPath)}, {(Options.Exact ? "exact" : "default")} mode, {(Options.UnifiedKvCache ? "unified" : "per-sequence")} KV cache, batch {Options.BatchSize}, {Options.GpuLayerCount} GPU layers";

    /// <summary>Timing totals since load or the last <see cref="ResetStatistics"/>.</summary>
    public SamplerStatistics Statistics => new(
        TimeSpan.FromSeconds((double)_wallTicks / Stopwatch.Frequency),
        TimeSpan.FromSeconds((double)_nativeTicks / Stopwatch.Frequency),
        _sampledTokens,
        _promptTokens,
        _decodeCalls);

    /// <summary>Loads the model and creates its llama.cpp context.</summary>
    /// <exception cref="ModelLoadException">The file is missing, not valid GGUF, or rejected by llama.cpp. The message states the reason.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static LlamaSampler Load(LlamaSamplerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckOptions(options);
        NativeLog.Register();

        var modelParameters = new ModelParams(options.ModelPath) { GpuLayerCount = options.GpuLayerCount };
        var weights = LlamaModelLoader.Load(modelParameters);
        try
        {
            int sequenceContext = options.ContextSize ?? Math.Min(4096, weights.ContextSize);
            var contextParameters = SamplerContextParameters.Create(options, sequenceContext);
            var context = LlamaModelLoader.CreateContext(options.ModelPath, () => weights.CreateContext(contextParameters));
            return new LlamaSampler(options, weights, context, sequenceContext);
        }
        catch
        {
            weights.Dispose();
            throw;
        }
    }

    /// <summary>Sets the timing totals of <see cref="Statistics"/> to zero.</summary>
    public void ResetStatistics()
    {
        _wallTicks = _nativeTicks = _sampledTokens = _promptTokens = _decodeCalls = 0;
    }

    /// <summary>Returns the tokens the model receives for <paramref name="prompt"/> (beginning-of-sequence token first).</summary>
    public int[] Tokenize(string prompt)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _context.Tokenize(prompt, addBos: true, special: false).Select(t => (int)t).ToArray();
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The request has duplicate or negative indices, invalid parameters, or does not fit the context.</exception>
    /// <exception cref="InvalidOperationException">Another enumeration of this sampler is running.</exception>
    public async IAsyncEnumerable<Sample> SampleAsync(SampleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var parameters = request.Parameters;
        CheckParameters(parameters);
        CheckIndices(request.SampleIndices);
        if (request.SampleIndices.Count == 0)
        {
            yield break;
        }

        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            throw new InvalidOperationException(
                "This LlamaSampler is already sampling; finish or dispose the other SampleAsync enumeration first, or load a second sampler.");
        }

        // Run off the caller's synchronization context: decoding blocks its thread.
        await Task.Yield();
        var wall = Stopwatch.StartNew();
        try
        {
            int[] prompt = Tokenize(request.Prompt);
            if (prompt.Length + parameters.MaxTokens > SequenceContextSize)
            {
                throw new ArgumentException(
                    $"Problem '{request.ProblemId}': prompt of {prompt.Length} tokens plus MaxTokens {parameters.MaxTokens} exceeds the context of {SequenceContextSize} tokens per sequence; raise ContextSize or lower MaxTokens.",
                    nameof(request));
            }

            EvaluatePrompt(prompt);

            var stops = new StopStringMatcher(parameters.StopStrings);
            var pending = new Queue<int>(request.SampleIndices);
            var freeSequences = new Stack<int>(Enumerable.Range(1, Options.BatchSize).Reverse());
            var running = new List<ForkState>(Options.BatchSize);
            var finished = new List<ForkState>();

            while (pending.Count > 0 || running.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();

                StartForks(request, prompt.Length, stops, pending, freeSequences, running, finished);
                if (running.Count > 0)
                {
                    DecodeStep(parameters, stops, running, finished);
                }

                foreach (var fork in finished)
                {
                    RemoveSequence(fork.SequenceId);
                    freeSequences.Push(fork.SequenceId);
                }

                // The caller's time between samples is not sampling time.
                var done = finished.Select(f => ToSample(request.ProblemId, f)).ToList();
                finished.Clear();
                foreach (var sample in done)
                {
                    wall.Stop();
                    yield return sample;
                    wall.Start();
                }
            }
        }
        finally
        {
            _wallTicks += (long)(wall.Elapsed.TotalSeconds * Stopwatch.Frequency);
            Volatile.Write(ref _busy, 0);
        }
    }

    /// <summary>Frees the llama.cpp context and weights.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _context.Dispose();
        _weights.Dispose();
    }

    private void EvaluatePrompt(int[] prompt)
    {
        var handle = _context.NativeHandle;
        long start = Stopwatch.GetTimestamp();
        handle.MemoryClear(true);

        int chunk = (int)handle.BatchSize;
        int lastIndex = 0;
        for (int begin = 0; begin < prompt.Length; begin += chunk)
        {
            _batch.Clear();
            int end = Math.Min(prompt.Length, begin + chunk);
            for (int i = begin; i < end; i++)
            {
                lastIndex = _batch.Add((LLamaToken)prompt[i], i, (LLamaSeqId)PromptSequence, i == prompt.Length - 1);
            }

            Decode();
        }

        handle.GetLogitsIth(lastIndex).CopyTo(_promptLogits);
        _nativeTicks += Stopwatch.GetTimestamp() - start;
        _promptTokens += prompt.Length;
    }

    private void StartForks(
        SampleRequest request,
        int promptLength,
        StopStringMatcher stops,
        Queue<int> pending,
        Stack<int> freeSequences,
        List<ForkState> running,
        List<ForkState> finished)
    {
        var parameters = request.Parameters;
        while (pending.Count > 0 && freeSequences.Count > 0)
        {
            int index = pending.Dequeue();
            int sequence = freeSequences.Pop();
            var fork = new ForkState(index, SampleSeeds.For(parameters.Seed, request.ProblemId, index), sequence, promptLength);

            // The first token comes from the prompt's logits, so a fork needs no decode before it.
            var choice = _tokenSampler.Sample(_promptLogits, parameters.Temperature, parameters.TopP, ref fork.Random);
            fork.Accept(choice, _pieces, stops, parameters.MaxTokens);
            _sampledTokens++;
            if (fork.Finish is not null)
            {
                // The sampling loop returns the sequence of every finished fork to the free stack; pushing it
                // here as well would hand one sequence to two forks.
                finished.Add(fork);
                continue;
            }

            long start = Stopwatch.GetTimestamp();
            _context.NativeHandle.MemorySequenceCopy((LLamaSeqId)PromptSequence, (LLamaSeqId)sequence, -1, -1);
            _nativeTicks += Stopwatch.GetTimestamp() - start;
            running.Add(fork);
        }
    }

    private void DecodeStep(SamplingParameters parameters, StopStringMatcher stops, List<ForkState> running, List<ForkState> finished)
    {
        _batch.Clear();
        foreach (var fork in running)
        {
            _batch.Add((LLamaToken)fork.PendingToken, fork.Position, (LLamaSeqId)fork.SequenceId, true);
        }

        long start = Stopwatch.GetTimestamp();
        Decode();
        _nativeTicks += Stopwatch.GetTimestamp() - start;

        var handle = _context.NativeHandle;
        for (int i = 0; i < running.Count; i++)
        {
            var fork = running[i];
            long logitsStart = Stopwatch.GetTimestamp();
            var logits = handle.GetLogitsIth(i);
            _nativeTicks += Stopwatch.GetTimestamp() - logitsStart;

            var choice = _tokenSampler.Sample(logits, parameters.Temperature, parameters.TopP, ref fork.Random);
            fork.Position++;
            fork.Accept(choice, _pieces, stops, parameters.MaxTokens);
        }

        _sampledTokens += running.Count;
        for (int i = running.Count - 1; i >= 0; i--)
        {
            if (running[i].Finish is not null)
            {
                finished.Add(running[i]);
                running.RemoveAt(i);
            }
        }
    }

    private void Decode()
    {
        var result = _context.NativeHandle.Decode(_batch);
        _decodeCalls++;
        if (result != DecodeResult.Ok)
        {
            throw new InvalidOperationException(
                $"llama.cpp decode of {_batch.TokenCount} tokens failed with {result} ({(int)result}) for model '{Options.ModelPath}'; lower BatchSize or raise ContextSize.");
        }
    }

    private void RemoveSequence(int sequence)
    {
        long start = Stopwatch.GetTimestamp();
        _context.NativeHandle.MemorySequenceRemove((LLamaSeqId)sequence, -1, -1);
        _nativeTicks += Stopwatch.GetTimestamp() - start;
    }

    private static Sample ToSample(string problemId, ForkState fork) => new(
        problemId,
        fork.Index,
        fork.Seed,
        Encoding.UTF8.GetString(fork.Text),
        fork.TokenCount,
        fork.Finish ?? FinishReason.Length,
        fork.LogProbability);

    private static void CheckOptions(LlamaSamplerOptions options)
    {
        if (options.BatchSize is < 1 or > 255)
        {
            throw new ArgumentException($"BatchSize is {options.BatchSize}; it must be between 1 and 255 because llama.cpp allows 256 sequences and one contains the prompt.", nameof(options));
        }

        if (options.ContextSize is < 2)
        {
            throw new ArgumentException($"ContextSize is {options.ContextSize}; it must be at least 2 tokens.", nameof(options));
        }

        if (options.Threads is < 1)
        {
            throw new ArgumentException($"Threads is {options.Threads}; it must be at least 1, or null for one per processor.", nameof(options));
        }

        if (options.GpuLayerCount < 0)
        {
            throw new ArgumentException($"GpuLayerCount is {options.GpuLayerCount}; it must be 0 or more.", nameof(options));
        }
    }

    private static void CheckParameters(SamplingParameters parameters)
    {
        if (!double.IsFinite(parameters.Temperature) || parameters.Temperature < 0)
        {
            throw new ArgumentException($"Temperature is {parameters.Temperature}; it must be a finite value ≥ 0 (0 means greedy).", nameof(parameters));
        }

        if (!(parameters.TopP > 0 && parameters.TopP <= 1))
        {
            throw new ArgumentException($"TopP is {parameters.TopP}; it must be in (0, 1].", nameof(parameters));
        }

        if (parameters.MaxTokens < 1)
        {
            throw new ArgumentException($"MaxTokens is {parameters.MaxTokens}; it must be at least 1.", nameof(parameters));
        }
    }

    private static void CheckIndices(IReadOnlyList<int> indices)
    {
        var seen = new HashSet<int>();
        foreach (int index in indices)
        {
            if (index < 0)
            {
                throw new ArgumentException($"Sample index {index} is negative; indices start at 0.", nameof(indices));
            }

            if (!seen.Add(index))
            {
                throw new ArgumentException($"Sample index {index} is requested twice; each index may appear once per request.", nameof(indices));
            }
        }
    }
}
