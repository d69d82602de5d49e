using System.Text.Json;

namespace SpeechActClassifier.Training;

/// <summary>
/// Writes <see cref="ClassificationMetrics"/> as the JSON object of <c>speechact eval --format json</c>:
/// <c>{"count", "accuracy", "macroF1", "perClass": {label: {"precision", "recall", "f1", "support"}}, "confusion": {gold: {predicted: n}}}</c>.
/// </summary>
internal static class MetricsJson
{
    /// <summary>Writes the metrics object to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ClassificationMetrics metrics)
    {
        writer.WriteStartObject();
        writer.WriteNumber("count", metrics.Count);
        writer.WriteNumber("accuracy", Round(metrics.Accuracy));
        writer.WriteNumber("macroF1", Round(metrics.MacroF1));
        writer.WriteStartObject("perClass");
        foreach (var label in ClassificationMetrics.Labels)
        {
            var figures = metrics.PerClass(label);
            writer.WriteStartObject(label.ToString());
            writer.WriteNumber("precision", Round(figures.Precision));
            writer.WriteNumber("recall", Round(figures.Recall));
            writer.WriteNumber("f1", Round(figures.F1));
            writer.WriteNumber("support", figures.Support);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        WriteConfusion(writer, "confusion", metrics.Confusion);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="confusion"/> as the object <paramref name="name"/>: <c>{gold: {predicted: n}}</c>.</summary>
    public static void WriteConfusion(Utf8JsonWriter writer, string name, ConfusionMatrix confusion)
    {
        writer.WriteStartObject(name);
        foreach (var gold in ClassificationMetrics.Labels)
        {
            writer.WriteStartObject(gold.ToString());
            foreach (var predicted in ClassificationMetrics.Labels)
            {
                writer.WriteNumber(predicted.ToString(), confusion[gold, predicted]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>The metrics as an indented JSON string.</summary>
    public static string ToJson(ClassificationMetrics metrics, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, metrics);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A figure as every metrics file writes it: four decimals, since finer digits only differ by floating-point noise between runs of the same model.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.ToEven);
}
