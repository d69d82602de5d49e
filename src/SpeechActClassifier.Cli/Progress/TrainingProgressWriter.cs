using SpeechActClassifier.Training;

namespace SpeechActClassifier.Cli.Progress;

/// <summary>
/// Shows a training run's progress on stderr: on a terminal one line per stage, rewritten in place after every fit
/// (stage, fits done, elapsed, time left, the last setting and fold); redirected, one plain line per fit, so a log
/// shows the run moving without escape codes. Nothing with <c>--quiet</c>.
/// </summary>
internal sealed class TrainingProgressWriter : IProgress<TrainingProgress>
{
    private readonly TextWriter _error;
    private readonly bool _inPlace;

    /// <summary>Creates a writer to <paramref name="error"/>, rewriting lines in place when <paramref name="inPlace"/>.</summary>
    public TrainingProgressWriter(TextWriter error, bool inPlace)
    {
        _error = error;
        _inPlace = inPlace;
    }

    /// <summary>A writer to the process's stderr, in place when it is a terminal; <see langword="null"/> when <paramref name="quiet"/>.</summary>
    public static TrainingProgressWriter? ForConsole(TextWriter error, bool quiet) =>
        quiet ? null : new TrainingProgressWriter(error, !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error));

    /// <inheritdoc />
    public void Report(TrainingProgress value)
    {
        if (!_inPlace)
        {
            _error.WriteLine(value.ToString());
            return;
        }

        var line = value.ToString();
        var width = Math.Max(20, Console.WindowWidth - 1);
        _error.Write('\r' + (line.Length > width ? line[..width] : line.PadRight(width)));
        if (value.Done == value.Total)
        {
            _error.WriteLine();
        }
    }
}
