using SpeechActClassifier.Cli.Scoring;

namespace SpeechActClassifier.Cli.Output;

/// <summary>
/// One JSON object per input record: <c>id</c>, <c>source</c>, <c>line</c>, <c>error</c> (null when fine),
/// <c>sentences</c> (each with offsets, label, probabilities, cues and text) and <c>summary</c>.
/// </summary>
internal sealed class JsonlRecordWriter(RecordSink sink) : IRecordWriter
{
    /// <inheritdoc />
    public void WriteStart()
    {
    }

    /// <inheritdoc />
    public void Write(ScoredRecord record) => sink.Write(JsonFields.Line(json =>
    {
        json.WriteStartObject();
        json.WriteString("id", record.Input.Id);
        json.WriteString("source", record.Input.Source);
        json.WriteNumber("line", record.Input.Line);
        if (record.Error is null)
        {
            json.WriteNull("error");
        }
        else
        {
            json.WriteString("error", record.Error);
        }

        json.WriteStartArray("sentences");
        foreach (var sentence in record.Score?.Sentences ?? [])
        {
            JsonFields.WriteSentence(json, sentence, record.Text);
        }

        json.WriteEndArray();
        if (record.Score is { } score)
        {
            JsonFields.WriteSummary(json, score.Summary);
        }
        else
        {
            json.WriteNull("summary");
        }

        json.WriteEndObject();
    }));
}
