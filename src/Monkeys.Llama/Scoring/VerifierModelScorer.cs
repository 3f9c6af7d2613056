using LLama;
using LLama.Common;
using LLama.Native;
using Monkeys.Problems;

namespace Monkeys.Llama.Scoring;

/// <summary>
/// Scores candidate solutions with a verifier model: the reward score of a completion is the model's log-probability
/// of the verdict byte <c>Y</c> (correct), normalised over the two verdict bytes <c>Y</c> and <c>N</c>.
/// </summary>
/// <remarks>
/// The model reads <c>"Q: {question}\nA:{completion}\nV:"</c> (beginning-of-sequence token first) and the score is
/// ln P(Y) − ln(P(Y) + P(N)) at the next position, a value in (−∞, 0]; higher means "more likely correct". Several
/// texts share one llama.cpp decode call, each in its own sequence. Logits are computed with an F32 KV cache and flash
/// attention off, so a score does not depend on which texts share its batch beyond float rounding.
/// </remarks>
public sealed class VerifierModelScorer : IDisposable
{
    private readonly LLamaWeights _weights;
    private readonly LLamaContext _context;
    private readonly int _yes;
    private readonly int _no;
    private readonly int _sequences;
    private readonly LLamaBatch _batch = new();
    private bool _disposed;

    private VerifierModelScorer(string modelPath, LLamaWeights weights, LLamaContext context, int sequences, int sequenceContext)
    {
        ModelPath = modelPath;
        _weights = weights;
        _context = context;
        _sequences = sequences;
        SequenceContextSize = sequenceContext;
        _yes = SingleToken("Y");
        _no = SingleToken("N");
    }

    /// <summary>The verifier model file.</summary>
    public string ModelPath { get; }

    /// <summary>Maximum tokens of one formatted input.</summary>
    public int SequenceContextSize { get; }

    /// <summary>Returns the text the verifier model reads for <paramref name="question"/> and <paramref name="completion"/>.</summary>
    public static string FormatInput(string question, string completion) => $"Q: {question}\nA:{completion}\nV:";

    /// <summary>Loads a verifier model.</summary>
    /// <param name="modelPath">GGUF file of the verifier model.</param>
    /// <param name="threads">CPU threads; <c>null</c> uses one per processor.</param>
    /// <param name="batchSize">Texts scored per llama.cpp decode call.</param>
    /// <param name="contextSize">Maximum tokens per input; <c>null</c> uses the model's training context, capped at 4096.</param>
    /// <exception cref="ModelLoadException">The file is missing, not valid GGUF, or rejected by llama.cpp.</exception>
    public static VerifierModelScorer Load(string modelPath, int? threads = null, int batchSize = 16, int? contextSize = null)
    {
        if (batchSize is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize must be between 1 and 256.");
        }

        NativeLog.Register();
        var weights = LlamaModelLoader.Load(new ModelParams(modelPath));
        try
        {
            int sequenceContext = contextSize ?? Math.Min(4096, weights.ContextSize);
            int threadCount = threads ?? Environment.ProcessorCount;
            var parameters = new ModelParams(modelPath)
            {
                ContextSize = (uint)(sequenceContext * batchSize),
                SeqMax = (uint)batchSize,
                BatchSize = (uint)(sequenceContext * batchSize),
                UBatchSize = (uint)Math.Min(sequenceContext * batchSize, 2048),
                Threads = threadCount,
                BatchThreads = threadCount,
                TypeK = GGMLType.GGML_TYPE_F32,
                TypeV = GGMLType.GGML_TYPE_F32,
                FlashAttention = false,
                KVUnified = false,
            };
            var context = LlamaModelLoader.CreateContext(modelPath, () => weights.CreateContext(parameters));
            return new VerifierModelScorer(modelPath, weights, context, batchSize, sequenceContext);
        }
        catch
        {
            weights.Dispose();
            throw;
        }
    }

    /// <summary>Returns the reward score of <paramref name="completion"/> for <paramref name="problem"/>.</summary>
    public double Score(Problem problem, string completion) => Score([new VerifierInput(problem.Question, completion)])[0];

    /// <summary>Returns the reward score of each input, in order.</summary>
    /// <exception cref="ArgumentException">An input is longer than <see cref="SequenceContextSize"/> tokens.</exception>
    public IReadOnlyList<double> Score(IReadOnlyList<VerifierInput> inputs)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var tokenized = new int[inputs.Count][];
        for (int i = 0; i < inputs.Count; i++)
        {
            string text = FormatInput(inputs[i].Question, inputs[i].Completion);
            tokenized[i] = _context.Tokenize(text, addBos: true, special: false).Select(t => (int)t).ToArray();
            if (tokenized[i].Length > SequenceContextSize)
            {
                throw new ArgumentException(
                    $"Verifier input #{i} has {tokenized[i].Length} tokens, more than the {SequenceContextSize} per input; pass a larger contextSize to Load or shorten the completion.",
                    nameof(inputs));
            }
        }

        var scores = new double[inputs.Count];
        for (int start = 0; start < inputs.Count; start += _sequences)
        {
            int count = Math.Min(_sequences, inputs.Count - start);
            ScoreGroup(tokenized, start, count, scores);
        }

        return scores;
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

    private void ScoreGroup(int[][] tokenized, int start, int count, double[] scores)
    {
        var handle = _context.NativeHandle;
        handle.MemoryClear(true);
        _batch.Clear();
        var logitIndex = new int[count];
        for (int s = 0; s < count; s++)
        {
            int[] tokens = tokenized[start + s];
            for (int p = 0; p < tokens.Length; p++)
            {
                int index = _batch.Add((LLamaToken)tokens[p], p, (LLamaSeqId)s, p == tokens.Length - 1);
                if (p == tokens.Length - 1)
                {
                    logitIndex[s] = index;
                }
            }
        }

        var result = handle.Decode(_batch);
        if (result != DecodeResult.Ok)
        {
            throw new InvalidOperationException(
                $"llama.cpp decode of {_batch.TokenCount} verifier tokens failed with {result} for model '{ModelPath}'; lower batchSize.");
        }

        for (int s = 0; s < count; s++)
        {
            var logits = handle.GetLogitsIth(logitIndex[s]);
            scores[start + s] = LogProbabilityOfFirst(logits[_yes], logits[_no]);
        }
    }

    /// <summary>Returns ln(e^a / (e^a + e^b)) without overflow.</summary>
    private static double LogProbabilityOfFirst(double a, double b)
    {
        double d = b - a;
        return d > 0 ? -d - Math.Log(1 + Math.Exp(-d)) : -Math.Log(1 + Math.Exp(d));
    }

    private int SingleToken(string text)
    {
        var tokens = _context.Tokenize(text, addBos: false, special: false);
        if (tokens.Length != 1)
        {
            throw new ModelLoadException(
                ModelPath,
                $"Verifier model '{ModelPath}' tokenizes the verdict '{text}' as {tokens.Length} tokens; a verifier model needs a single token for each of 'Y' and 'N' (the project's byte vocabulary has them).");
        }

        return (int)tokens[0];
    }
}
