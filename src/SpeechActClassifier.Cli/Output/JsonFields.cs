using System.Text.Json;
using SpeechActClassifier.Documents;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Cli.Output;

/// <summary>The JSON shapes shared by <c>score</c> and <c>classify</c>: probabilities, cues, sentences, summaries.</summary>
internal static class JsonFields
{
    /// <summary>Writes <c>"probabilities": {SecuritizingMove, ThreatFraming, Neutral}</c>.</summary>
    public static void WriteProbabilities(Utf8JsonWriter json, SentenceClassification c)
    {
        json.WriteStartObject("probabilities");
        json.WriteNumber(nameof(SpeechActLabel.SecuritizingMove), c.SecuritizingMove);
        json.WriteNumber(nameof(SpeechActLabel.ThreatFraming), c.ThreatFraming);
        json.WriteNumber(nameof(SpeechActLabel.Neutral), c.Neutral);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>"cues": [{category, start, length, negated, text}]</c>; offsets index <paramref name="text"/>.</summary>
    public static void WriteCues(Utf8JsonWriter json, IEnumerable<Cue> cues, string text)
    {
        json.WriteStartArray("cues");
        foreach (var cue in cues)
        {
            json.WriteStartObject();
            json.WriteString("category", cue.Category.ToString());
            json.WriteNumber("start", cue.Start);
            json.WriteNumber("length", cue.Length);
            json.WriteBoolean("negated", cue.IsNegated);
            json.WriteString("text", text.AsSpan(cue.Start, cue.Length));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes one sentence of a document; cue offsets are offsets in the document.</summary>
    public static void WriteSentence(Utf8JsonWriter json, ScoredSentence sentence, string document)
    {
        json.WriteStartObject();
        json.WriteNumber("index", sentence.Index);
        json.WriteNumber("start", sentence.Start);
        json.WriteNumber("length", sentence.Length);
        json.WriteString("label", sentence.Label.ToString());
        WriteProbabilities(json, sentence.Classification);
        WriteCues(json, sentence.Cues, document);
        json.WriteString("text", sentence.Text);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>"summary": {sentences, counts, securitizationIndex, strongestCues}</c>.</summary>
    public static void WriteSummary(Utf8JsonWriter json, DocumentSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("sentences", summary.SentenceCount);
        json.WriteStartObject("counts");
        json.WriteNumber(nameof(SpeechActLabel.SecuritizingMove), summary.SecuritizingMoveCount);
        json.WriteNumber(nameof(SpeechActLabel.ThreatFraming), summary.ThreatFramingCount);
        json.WriteNumber(nameof(SpeechActLabel.Neutral), summary.NeutralCount);
        json.WriteEndObject();
        json.WriteNumber("securitizationIndex", Math.Round(summary.SecuritizationIndex, 6));
        json.WriteStartArray("strongestCues");
        foreach (var tally in summary.StrongestCues)
        {
            json.WriteStartObject();
            json.WriteString("category", tally.Category.ToString());
            json.WriteString("text", tally.Text);
            json.WriteNumber("count", tally.Count);
            json.WriteNumber("strength", Math.Round(tally.Strength, 6));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the JSON as one line.</summary>
    public static string Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }
}
