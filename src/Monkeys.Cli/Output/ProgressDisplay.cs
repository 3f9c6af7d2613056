using Monkeys.Runs;
using Spectre.Console;

namespace Monkeys.Cli.Output;

/// <summary>
/// Shows run progress: a live Spectre.Console bar on a terminal, or a plain line every few seconds when
/// output is redirected (logs, CI, tests).
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="work"/> while showing the progress it reports.</summary>
    public static async Task<T> RunAsync<T>(CliConsole console, Func<IProgress<RunProgress>, Task<T>> work)
    {
        if (!console.Interactive)
        {
            var lines = new LineProgress(console.Output, LineInterval);
            T result = await work(lines).ConfigureAwait(false);
            lines.WriteLast();
            return result;
        }

        return await console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask("starting", maxValue: 1);
                T result = await work(new BarProgress(task)).ConfigureAwait(false);
                task.StopTask();
                return result;
            })
            .ConfigureAwait(false);
    }

    /// <summary>Moves a Spectre.Console task to the reported sample count.</summary>
    private sealed class BarProgress(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            task.MaxValue = Math.Max(1, value.SampleCount);
            task.Value = value.SamplesDone;
            task.Description = Markup.Escape(ProgressText.Format(value));
        }
    }

    /// <summary>Writes a progress line at most once per interval, and the last state on request.</summary>
    private sealed class LineProgress(TextWriter output, TimeSpan interval) : IProgress<RunProgress>
    {
        private readonly System.Diagnostics.Stopwatch clock = System.Diagnostics.Stopwatch.StartNew();
        private TimeSpan? lastWrite;
        private RunProgress? last;

        public void Report(RunProgress value)
        {
            last = value;
            if (lastWrite is not TimeSpan written || clock.Elapsed - written >= interval)
            {
                lastWrite = clock.Elapsed;
                output.WriteLine(ProgressText.Format(value));
            }
        }

        public void WriteLast()
        {
            if (last is not null)
            {
                output.WriteLine(ProgressText.Format(last));
            }
        }
    }
}
