using System.Globalization;
using System.Text;
using SpeechActClassifier.Cli.Scoring;

namespace SpeechActClassifier.Cli.Output;

/// <summary>Readable text for a terminal: a heading per record, then each sentence with its label, probabilities and cues.</summary>
internal sealed class TextRecordWriter(RecordSink sink) : IRecordWriter
{
    /// <inheritdoc />
    public void WriteStart()
    {
    }

    /// <inheritdoc />
    public void Write(ScoredRecord record)
    {
        var text = new StringBuilder();
        if (record.Score is not { } score)
        {
            text.Append(CultureInfo.InvariantCulture, $"# {record.Input.Id}: error: {record.Error}\n");
            sink.Write(text.ToString());
            return;
        }

        var summary = score.Summary;
        text.Append(CultureInfo.InvariantCulture, $"# {record.Input.Id}: {summary.SentenceCount} sentences, {summary.SecuritizingMoveCount} SecuritizingMove, {summary.ThreatFramingCount} ThreatFraming, {summary.NeutralCount} Neutral, securitization index {summary.SecuritizationIndex:F2}\n");
        foreach (var sentence in score.Sentences)
        {
            var c = sentence.Classification;
            text.Append(CultureInfo.InvariantCulture, $"[{sentence.Index}] {sentence.Start}+{sentence.Length}  {sentence.Label}  (SM {c.SecuritizingMove:F2}, TF {c.ThreatFraming:F2}, N {c.Neutral:F2})\n");
            text.Append("    ").Append(sentence.Text.ReplaceLineEndings(" ")).Append('\n');
            if (sentence.Cues.Count > 0)
            {
                var cues = sentence.Cues.Select(cue => $"{cue.Category}{(cue.IsNegated ? "(negated)" : string.Empty)}:\"{record.Text.AsSpan(cue.Start, cue.Length)}\"");
                text.Append("    cues: ").Append(string.Join(", ", cues)).Append('\n');
            }
        }

        sink.Write(text.ToString());
    }
}
