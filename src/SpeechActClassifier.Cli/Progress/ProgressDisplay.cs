using Spectre.Console;

namespace SpeechActClassifier.Cli.Progress;

/// <summary>
/// Runs work under a progress bar on stderr (records, rate in bytes per second, elapsed time and ETA) when stderr
/// is a terminal, and silently otherwise: piped or redirected stderr, or <c>--quiet</c>, never gets escape codes.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>A sink that shows nothing.</summary>
    public static IProgressSink Silent { get; } = new SilentSink();

    /// <summary>Runs <paramref name="work"/>, which reports to the sink it is given.</summary>
    /// <param name="description">What is being done, e.g. "scoring".</param>
    /// <param name="totalBytes">The input size; 0 when unknown (stdin), which shows an indeterminate bar.</param>
    /// <param name="quiet">True to never show anything.</param>
    /// <param name="work">The run.</param>
    public static T Run<T>(string description, long totalBytes, bool quiet, Func<IProgressSink, T> work)
    {
        if (quiet || Console.IsErrorRedirected)
        {
            return work(Silent);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: Math.Max(1, totalBytes));
                task.IsIndeterminate = totalBytes <= 0;
                var result = work(new TaskSink(task, description));
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });
    }

    private sealed class SilentSink : IProgressSink
    {
        public void Advance(long bytes)
        {
        }
    }

    private sealed class TaskSink(ProgressTask task, string description) : IProgressSink
    {
        private long _records;

        public void Advance(long bytes)
        {
            _records++;
            task.Increment(bytes);
            task.Description = $"{description} {_records:N0} records";
        }
    }
}
