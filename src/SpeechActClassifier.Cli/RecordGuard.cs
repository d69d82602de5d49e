namespace SpeechActClassifier.Cli;

/// <summary>
/// The guard around every step that handles one record: a reader turning a line, row or file into a record, the
/// scorer, and the writer formatting it. Content cannot make those steps throw (readers report what they cannot read
/// as error records, and every string passes through <see cref="Input.WellFormedText"/>), so an exception here is a
/// bug in speechact. Should one happen, it becomes that record's error and the run goes on with the next record,
/// instead of ending with a stack trace and losing every record after it.
/// </summary>
internal static class RecordGuard
{
    /// <summary>Runs <paramref name="step"/>; if it throws, returns what <paramref name="failed"/> makes of the problem.</summary>
    /// <param name="step">The work on one record.</param>
    /// <param name="failed">Builds the record's error form from a description of the problem (no file or line: the caller adds them).</param>
    public static T Run<T>(Func<T> step, Func<string, T> failed)
    {
        try
        {
            return step();
        }
        catch (Exception ex)
        {
            return failed($"internal error, the record was skipped ({ex.GetType().Name}: {ex.Message})");
        }
    }
}
