using System.Text.Json;
using SpeechActClassifier.Evaluation;

namespace SpeechActClassifier.Training;

/// <summary>Writes models/metrics.json: the search, and every candidate's held-out figures, each with the command that reproduces it.</summary>
internal static class MetricsReportWriter
{
    /// <summary>Writes the report of <paramref name="run"/> as indented JSON.</summary>
    public static void Write(Stream destination, TrainingRunResult run, TrainingCommands commands)
    {
        using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("command", commands.Train);
        writer.WriteNumber("seed", run.Seed);

        writer.WriteStartObject("trainingData");
        writer.WriteString("file", commands.TrainingFile);
        writer.WriteString("sha256", run.TrainingDataSha256);
        writer.WriteNumber("rows", run.Sentences.Count);
        writer.WriteStartObject("labels");
        foreach (var label in ClassificationMetrics.Labels)
        {
            writer.WriteNumber(label.ToString(), run.Sentences.Count(s => s.Label == label));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("hyperParameterSearch");
        writer.WriteString("selection", "maximize mean cross-document macro-F1 on the training file; stratified-CV macro-F1 breaks ties, then the simpler setting");
        writer.WriteStartArray("grid");
        foreach (var point in run.Search)
        {
            writer.WriteStartObject();
            WriteSettings(writer, point.Options);
            writer.WriteNumber("crossValidationMacroF1", Round(point.CrossValidationMacroF1));
            writer.WriteNumber("crossDocumentMacroF1", Round(point.CrossDocumentMacroF1));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("chosen");
        WriteSettings(writer, run.Chosen.Options);
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("crossValidation");
        writer.WriteString("method", $"stratified {TrainingRun.FoldCount}-fold (seed {run.Seed}); predictions of all held-out folds pooled");
        writer.WriteString("command", commands.Train);
        writer.WriteStartObject("results");
        foreach (var candidate in run.Comparisons)
        {
            writer.WritePropertyName(candidate.Name);
            MetricsJson.Write(writer, candidate.CrossValidation);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("crossDocument");
        writer.WriteString("method", "train on all other source documents, test on one; meanMacroF1 averages the test documents");
        writer.WriteString("command", commands.Train);
        writer.WriteStartObject("results");
        foreach (var candidate in run.Comparisons)
        {
            writer.WriteStartObject(candidate.Name);
            writer.WriteNumber("meanMacroF1", Round(candidate.CrossDocumentMacroF1));
            writer.WriteStartObject("byTestDocument");
            foreach (var (source, metrics) in candidate.CrossDocument)
            {
                writer.WritePropertyName(source);
                MetricsJson.Write(writer, metrics);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        if (commands.DevFile is not null)
        {
            writer.WriteStartObject("dev");
            writer.WriteString("file", commands.DevFile);
            writer.WriteString("method", "every candidate trained on all of the training file, tested on the development set (never trained on)");
            writer.WriteString("command", commands.Train);
            writer.WriteString("modelCommand", commands.EvalDev);
            writer.WriteStartObject("results");
            foreach (var candidate in run.Comparisons.Where(c => c.Dev is not null))
            {
                writer.WritePropertyName(candidate.Name);
                MetricsJson.Write(writer, candidate.Dev!);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteSettings(Utf8JsonWriter writer, TrainingOptions options)
    {
        var hyperParameters = options.HyperParameters;
        writer.WriteNumber("numberOfTrees", hyperParameters.NumberOfTrees);
        writer.WriteNumber("numberOfLeaves", hyperParameters.NumberOfLeaves);
        writer.WriteNumber("minimumExampleCountPerLeaf", hyperParameters.MinimumExampleCountPerLeaf);
        writer.WriteNumber("learningRate", hyperParameters.LearningRate);
        writer.WriteBoolean("unbalancedSets", hyperParameters.UnbalancedSets);
        writer.WriteBoolean("hashedNgrams", options.UseHashedNgrams);
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.ToEven);
}
