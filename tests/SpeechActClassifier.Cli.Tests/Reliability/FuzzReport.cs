using System.Globalization;
using System.Text.RegularExpressions;

namespace SpeechActClassifier.Cli.Tests.Reliability;

/// <summary>What one run of <see cref="HostileRecordsFuzz"/> tried and what went wrong.</summary>
internal sealed class FuzzReport
{
    /// <summary>How many failures are kept with their message; the rest are only counted.</summary>
    private const int KeptFailures = 20;

    /// <summary>Input records generated: record lines, rows (of a file with a header) and text files.</summary>
    public long RecordsGenerated { get; set; }

    /// <summary>Files generated: JSONL, CSV, TSV, text and Markdown.</summary>
    public long Files { get; set; }

    /// <summary>Records the run wrote out.</summary>
    public long RecordsOut { get; set; }

    /// <summary>Records written with an error.</summary>
    public long ErrorRecords { get; set; }

    /// <summary>Error records made by <see cref="Cli.RecordGuard"/>: a bug caught, not a bad input.</summary>
    public long InternalErrors { get; set; }

    /// <summary>Exceptions that escaped a run or a library call: what would have ended a user's run.</summary>
    public long Crashes { get; set; }

    /// <summary>Error records by kind: the message without its file, line, numbers, quoted character and details in parentheses.</summary>
    public SortedDictionary<string, long> ErrorKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Lines of 100 MB among the records.</summary>
    public long HugeLines { get; set; }

    /// <summary>Sentences classified and scored.</summary>
    public long Sentences { get; set; }

    /// <summary>Every broken promise: a crash, a wrong record count, an error not naming its file, a lone surrogate out.</summary>
    public long FailureCount { get; private set; }

    /// <summary>The first failures, with enough to reproduce them.</summary>
    public List<string> Failures { get; } = [];

    /// <summary>Wall time of the whole run.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>The process's peak working set.</summary>
    public long PeakWorkingSetBytes { get; set; }

    /// <summary>Records a failure.</summary>
    public void Fail(string message)
    {
        FailureCount++;
        if (Failures.Count < KeptFailures)
        {
            Failures.Add(message);
        }
    }

    /// <summary>Counts an error record under its kind; <paramref name="source"/> is the file its message starts with.</summary>
    public void CountError(string source, string error)
    {
        ErrorRecords++;
        var problem = error.StartsWith(source, StringComparison.Ordinal) ? error[source.Length..] : error;
        problem = Regex.Replace(Regex.Replace(problem.Split(" (")[0], "'.{1,2}'", "'c'"), "[0-9][0-9,]*", "N").TrimStart(':', 'N', ' ');
        ErrorKinds[problem] = ErrorKinds.GetValueOrDefault(problem) + 1;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"records: {RecordsGenerated:N0} generated in {Files:N0} files (with {HugeLines} lines of 100 MB), {RecordsOut:N0} written, {ErrorRecords:N0} error records, {InternalErrors} internal errors\n" +
        $"sentences: {Sentences:N0} classified and scored\n" +
        $"error records by kind: {string.Join("; ", ErrorKinds.Select(kind => $"{kind.Key} {kind.Value:N0}"))}\n" +
        $"crashes: {Crashes}, failures: {FailureCount}\n" +
        $"wall time: {Elapsed:hh\\:mm\\:ss}, peak working set: {PeakWorkingSetBytes / (1024.0 * 1024):N0} MiB");
}
