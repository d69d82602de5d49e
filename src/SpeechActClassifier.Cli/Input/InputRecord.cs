namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// One record of the input: an article of a text file, a line of a JSONL file, a row of a CSV file. A record that
/// cannot be read still exists, with <see cref="Error"/> set, so the output keeps one record per input record.
/// Readers build records only through <see cref="Ok"/> and <see cref="Failed"/>, which pass every string through
/// <see cref="WellFormedText"/>: whatever the input held, a record's strings are well-formed UTF-16.
/// </summary>
/// <param name="Id">The record's id: the id field or column, else <c>FILE:LINE</c>, or the path of a text file.</param>
/// <param name="Source">The file it came from, as given on the command line (or <c>-</c> for stdin).</param>
/// <param name="Line">The 1-based line where the record starts (1 for a text file).</param>
/// <param name="Text">The text to score, or <see langword="null"/> when the record could not be read.</param>
/// <param name="Error">What is wrong with the record, naming file, line and field; <see langword="null"/> when it is fine.</param>
/// <param name="Bytes">How many bytes of the input the record took, for progress.</param>
internal sealed record InputRecord(string Id, string Source, long Line, string? Text, string? Error, long Bytes)
{
    /// <summary>
    /// The longest id, in characters (longer than any URL a browser keeps): CSV output repeats the id on every
    /// sentence's row, so a megabyte id on an article of thousands of sentences would take gigabytes.
    /// </summary>
    public const int MaxIdLength = 4096;

    /// <summary>A readable record, or a record with an error when its id is over <see cref="MaxIdLength"/>.</summary>
    public static InputRecord Ok(string id, string source, long line, string text, long bytes) => id.Length <= MaxIdLength
        ? new(WellFormedText.Of(id), WellFormedText.Of(source), line, WellFormedText.Of(text), null, bytes)
        : Failed($"{source}:{line}", source, line, $"{source}:{line}: the id is {id.Length:N0} characters long, over the limit of {MaxIdLength:N0}", bytes);

    /// <summary>A record that could not be read, with the reason.</summary>
    public static InputRecord Failed(string id, string source, long line, string error, long bytes) =>
        new(WellFormedText.Of(id), WellFormedText.Of(source), line, null, WellFormedText.Of(error), bytes);
}
