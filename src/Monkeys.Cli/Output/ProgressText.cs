using System.Globalization;
using Monkeys.Runs;

namespace Monkeys.Cli.Output;

/// <summary>Formats run progress as one line: problems and samples done, samples per second and time left.</summary>
internal static class ProgressText
{
    public static string Format(RunProgress progress)
    {
        string rate = progress.SamplesPerSecond > 0
            ? progress.SamplesPerSecond.ToString(progress.SamplesPerSecond < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " samples/s"
            : "- samples/s";
        string eta = progress.EstimatedTimeRemaining is TimeSpan left ? FormatDuration(left) : "-";
        return $"problems {progress.ProblemsDone}/{progress.ProblemCount}, samples {progress.SamplesDone}/{progress.SampleCount}, {rate}, ETA {eta}";
    }

    public static string FormatDuration(TimeSpan duration) =>
        duration.TotalHours >= 1
            ? $"{(int)duration.TotalHours}:{duration.Minutes:00}:{duration.Seconds:00}"
            : $"{duration.Minutes}:{duration.Seconds:00}";
}
