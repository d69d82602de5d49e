using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Cli.Output;
using SpeechActClassifier.Cli.Progress;
using SpeechActClassifier.Documents;

namespace SpeechActClassifier.Cli.Scoring;

/// <summary>
/// The loop behind <c>score</c> and <c>report</c>: read records, score them (on one or several cores), write each as
/// it comes out, in input order, and count what went wrong. Scoring and formatting each record run under
/// <see cref="RecordGuard"/>, so a failure costs that record, never the run. Ctrl+C stops reading; records already
/// started are still written.
/// </summary>
internal static class ScoreRun
{
    /// <summary>Scores <paramref name="records"/> into <paramref name="writer"/>.</summary>
    /// <param name="records">The input records, read lazily.</param>
    /// <param name="score">Scores one article's text; safe to call from several threads at once.</param>
    /// <param name="writer">Formats and writes each scored record.</param>
    /// <param name="workers">How many records are scored at once.</param>
    /// <param name="progress">Told how many input bytes each record took.</param>
    /// <param name="stop">Set by Ctrl+C: no further record is read.</param>
    /// <returns>
    /// The exit code: <see cref="ExitCodes.Success"/>, <see cref="ExitCodes.RecordErrors"/>,
    /// <see cref="ExitCodes.Interrupted"/>, or <see cref="ExitCodes.BadInput"/> when there was no record at all.
    /// </returns>
    public static int Execute(IEnumerable<InputRecord> records, Func<string, DocumentScore> score, IRecordWriter writer, int workers, IProgressSink progress, CancellationToken stop)
    {
        var written = 0;
        var errors = 0;
        writer.WriteStart();
        foreach (var scored in OrderedParallel.Select(records, record => Score(record, score), workers, stop))
        {
            var record = Write(writer, scored);
            progress.Advance(record.Input.Bytes);
            written++;
            errors += record.Error is null ? 0 : 1;
        }

        return stop.IsCancellationRequested ? ExitCodes.Interrupted
            : written == 0 ? ExitCodes.BadInput
            : errors > 0 ? ExitCodes.RecordErrors
            : ExitCodes.Success;
    }

    private static ScoredRecord Score(InputRecord record, Func<string, DocumentScore> score) =>
        record.Error is not null
            ? new ScoredRecord(record, null)
            : RecordGuard.Run(() => new ScoredRecord(record, score(record.Text!)), problem => ScoredRecord.Failed(record, problem));

    /// <summary>Writes the record, or, if formatting it fails, the record with that error instead; returns what was written.</summary>
    private static ScoredRecord Write(IRecordWriter writer, ScoredRecord scored) => RecordGuard.Run(
        () =>
        {
            writer.Write(scored);
            return scored;
        },
        problem =>
        {
            var failed = ScoredRecord.Failed(scored.Input, problem);
            writer.Write(failed);
            return failed;
        });
}
