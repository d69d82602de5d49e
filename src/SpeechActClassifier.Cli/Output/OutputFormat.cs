namespace SpeechActClassifier.Cli.Output;

/// <summary>The formats of <c>speechact score</c>.</summary>
internal static class OutputFormat
{
    /// <summary>One JSON object per article, sentences nested.</summary>
    public const string Jsonl = "jsonl";

    /// <summary>One row per sentence.</summary>
    public const string Csv = "csv";

    /// <summary>Readable text, for a terminal.</summary>
    public const string Text = "text";

    /// <summary>The format asked for, else the one the output file's extension names, else JSONL.</summary>
    public static string Choose(string? requested, string? outPath)
    {
        if (requested is not null)
        {
            return requested;
        }

        return Path.GetExtension(outPath ?? string.Empty).ToLowerInvariant() switch
        {
            ".csv" => Csv,
            ".txt" => Text,
            _ => Jsonl,
        };
    }

    /// <summary>The writer for <paramref name="format"/>.</summary>
    public static IRecordWriter Create(string format, RecordSink sink) => format switch
    {
        Csv => new CsvRecordWriter(sink),
        Text => new TextRecordWriter(sink),
        _ => new JsonlRecordWriter(sink),
    };
}
