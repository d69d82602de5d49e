using System.Globalization;
using System.Text;
using SpeechActClassifier.Cli.Scoring;

namespace SpeechActClassifier.Cli.Output;

/// <summary>
/// One CSV row per sentence (RFC 4180, UTF-8): record id, source, line, sentence index, start, length, label, the
/// three probabilities, the cues (<c>Category:words</c>, <c>;</c>-separated, <c>!</c> after a negated category), the
/// sentence text and an error column. A record with an error, or without sentences, is one row with the error.
/// All rows of a record are written at once.
/// </summary>
internal sealed class CsvRecordWriter(RecordSink sink) : IRecordWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "id,source,line,sentence,start,length,label,p_securitizing_move,p_threat_framing,p_neutral,cues,text,error";

    /// <inheritdoc />
    public void WriteStart() => sink.Write(Header + "\n");

    /// <inheritdoc />
    public void Write(ScoredRecord record)
    {
        var rows = new StringBuilder();
        var prefix = $"{Quote(record.Input.Id)},{Quote(record.Input.Source)},{record.Input.Line.ToString(CultureInfo.InvariantCulture)}";
        var sentences = record.Score?.Sentences ?? [];
        if (sentences.Count == 0)
        {
            rows.Append(prefix).Append(",,,,,,,,,,").Append(Quote(record.Error ?? "no sentences")).Append('\n');
        }

        foreach (var sentence in sentences)
        {
            var c = sentence.Classification;
            var cues = string.Join(';', sentence.Cues.Select(cue => $"{cue.Category}{(cue.IsNegated ? "!" : string.Empty)}:{record.Text.AsSpan(cue.Start, cue.Length)}"));
            rows.Append(prefix).Append(',')
                .Append(sentence.Index.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(sentence.Start.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(sentence.Length.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(sentence.Label).Append(',')
                .Append(Number(c.SecuritizingMove)).Append(',')
                .Append(Number(c.ThreatFraming)).Append(',')
                .Append(Number(c.Neutral)).Append(',')
                .Append(Quote(cues)).Append(',')
                .Append(Quote(sentence.Text)).Append(",\n");
        }

        sink.Write(rows.ToString());
    }

    private static string Number(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A field, quoted when it holds a comma, quote or line break (quotes doubled).</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
