using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Cli.Output;
using SpeechActClassifier.Cli.Progress;
using SpeechActClassifier.Documents;

namespace SpeechActClassifier.Cli.Scoring;

/// <summary>
/// The loop behind <c>score</c>: read records, score them (on one or several cores), write each as it comes out, in
/// input order, and count what went wrong. Ctrl+C stops reading; records already started are still written.
/// </summary>
internal static class ScoreRun
{
    /// <summary>Scores <paramref name="records"/> into <paramref name="writer"/>.</summary>
    /// <returns>The exit code: <see cref="ExitCodes.Success"/>, <see cref="ExitCodes.RecordErrors"/> or <see cref="ExitCodes.Interrupted"/>.</returns>
    public static int Execute(IEnumerable<InputRecord> records, SecuritizationClassifier classifier, DocumentScoringOptions options, IRecordWriter writer, int workers, IProgressSink progress, CancellationToken stop)
    {
        var errors = 0;
        writer.WriteStart();
        foreach (var scored in OrderedParallel.Select(records, record => ScoredRecord.Of(record, classifier, options), workers, stop))
        {
            writer.Write(scored);
            progress.Advance(scored.Input.Bytes);
            errors += scored.Error is null ? 0 : 1;
        }

        return stop.IsCancellationRequested ? ExitCodes.Interrupted
            : errors > 0 ? ExitCodes.RecordErrors
            : ExitCodes.Success;
    }
}
