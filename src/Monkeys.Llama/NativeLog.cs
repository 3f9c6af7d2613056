using LLama.Native;

namespace Monkeys.Llama;

/// <summary>
/// Receives llama.cpp's log for the whole process, keeps the lines logged during a capture, and otherwise drops
/// them, so llama.cpp does not write its load report to stderr.
/// </summary>
/// <remarks>
/// LLamaSharp 0.30.0 reports a failed load only as "Failed to load model"; the reason is in llama.cpp's log, so
/// model loading runs inside <see cref="Capture"/>. The callback is process-wide: this class replaces any callback
/// registered with <c>NativeLogConfig.llama_log_set</c> elsewhere.
/// </remarks>
internal static class NativeLog
{
    private static readonly object Gate = new();
    private static readonly NativeLogConfig.LLamaLogCallback Callback = OnMessage;
    private static List<string>? _lines;
    private static bool _registered;

    /// <summary>Runs <paramref name="action"/> and returns its result together with the log lines written meanwhile.</summary>
    public static (T Result, IReadOnlyList<string> Lines) Capture<T>(Func<T> action)
    {
        lock (Gate)
        {
            Register();
            _lines = new List<string>();
            try
            {
                return (action(), _lines);
            }
            catch (Exception e)
            {
                throw new NativeLogCapturedException(_lines, e);
            }
            finally
            {
                _lines = null;
            }
        }
    }

    /// <summary>Installs the callback once per process.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            NativeLogConfig.llama_log_set(Callback);
            _registered = true;
        }
    }

    private static void OnMessage(LLamaLogLevel level, string message)
    {
        // Messages arrive on the thread that called into llama.cpp, which holds Gate during a capture.
        var lines = _lines;
        if (lines is null || level == LLamaLogLevel.Debug)
        {
            return;
        }

        // llama.cpp sends "Continue" pieces that extend the previous line.
        if (level == LLamaLogLevel.Continue && lines.Count > 0)
        {
            lines[^1] += message;
            return;
        }

        lines.Add($"{level}: {message}");
    }
}

/// <summary>An exception from a native call, with the llama.cpp log lines written before it.</summary>
internal sealed class NativeLogCapturedException(IReadOnlyList<string> lines, Exception inner)
    : Exception(inner.Message, inner)
{
    /// <summary>Log lines written during the failed call.</summary>
    public IReadOnlyList<string> Lines { get; } = lines;
}
