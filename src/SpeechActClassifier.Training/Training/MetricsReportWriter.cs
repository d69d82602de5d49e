using System.Text.Json;

namespace SpeechActClassifier.Training;

/// <summary>
/// Writes metrics.json: the training files, the search, and the model's and every baseline's held-out figures, each
/// with a bootstrap 95% interval (<c>{"estimate", "low", "high"}</c>) and the command that reproduces it.
/// </summary>
internal static class MetricsReportWriter
{
    /// <summary>Writes the report of <paramref name="run"/> as indented JSON.</summary>
    public static void Write(Stream destination, TrainingRunResult run, TrainingCommands commands)
    {
        using var writer = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("command", commands.Train);
        writer.WriteNumber("seed", run.Options.Seed);
        writer.WriteNumber("durationSeconds", Math.Round(run.Duration.TotalSeconds));
        writer.WriteString("featureFingerprint", run.Model.Manifest.FeatureFingerprint);

        writer.WriteStartArray("trainingData");
        var first = 0;
        foreach (var file in run.Corpus.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("file", file.Path);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteNumber("rows", file.Rows);
            writer.WriteStartObject("labels");
            foreach (var label in ClassificationMetrics.Labels)
            {
                writer.WriteNumber(label.ToString(), run.Corpus.Sentences.Skip(first).Take(file.Rows).Count(s => s.Label == label));
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            first += file.Rows;
        }

        writer.WriteEndArray();

        writer.WriteStartObject("crossValidation");
        writer.WriteString("method", MethodText(run));
        writer.WriteNumber("folds", run.FoldCount);
        writer.WriteNumber("repetitions", run.Options.Repeats);
        writer.WriteString("intervals", $"bootstrap 95% percentile intervals over {ClusterBootstrap.DefaultResamples} resamples of source documents (seed {run.Options.Seed}); model advantages are paired on the same resamples");
        writer.WriteEndObject();

        writer.WriteStartObject("search");
        writer.WriteString("mode", run.Options.Search.ToString().ToLowerInvariant());
        writer.WriteString("selection", "the highest mean grouped-cross-validation macro-F1, each fold labelled with decision weights tuned on the other folds; ties keep the simpler (earlier) setting; the development set is never read");
        writer.WriteStartArray("grid");
        foreach (var point in run.Search)
        {
            writer.WriteStartObject();
            WriteSettings(writer, point.Options);
            WriteInterval(writer, "macroF1", point.MacroF1);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("chosen");
        WriteSettings(writer, run.Chosen);
        writer.WriteStartObject("decisionWeights");
        writer.WriteNumber("Neutral", run.Chosen.DecisionWeights.Neutral);
        writer.WriteNumber("ThreatFraming", run.Chosen.DecisionWeights.ThreatFraming);
        writer.WriteNumber("SecuritizingMove", run.Chosen.DecisionWeights.SecuritizingMove);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("candidates");
        foreach (var candidate in run.Candidates)
        {
            writer.WriteStartObject(candidate.Name);
            writer.WriteString("description", candidate.Description);
            writer.WritePropertyName("crossValidation");
            WriteFigures(writer, candidate.CrossValidation);
            if (candidate.ModelAdvantage is { } advantage)
            {
                WriteInterval(writer, "modelMinusThisMacroF1", advantage);
            }

            if (candidate.Dev is not null)
            {
                writer.WritePropertyName("dev");
                WriteFigures(writer, candidate.Dev);
                if (candidate.DevModelAdvantage is { } devAdvantage)
                {
                    WriteInterval(writer, "devModelMinusThisMacroF1", devAdvantage);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        if (run.Options.DevFile is not null)
        {
            writer.WriteStartObject("dev");
            writer.WriteString("file", run.Options.DevFile);
            writer.WriteNumber("sentences", run.DevCount);
            writer.WriteString("method", "every candidate trained on all the training files, tested on the development set, which nothing is trained on or chosen by");
            writer.WriteString("modelCommand", commands.EvalDev);
            writer.WriteString("rulesCommand", commands.EvalDevRules);
            writer.WriteEndObject();
        }

        if (run.LearningCurve.Count > 0)
        {
            writer.WriteStartArray("learningCurve");
            foreach (var point in run.LearningCurve)
            {
                writer.WriteStartObject();
                writer.WriteString("trainedOn", point.Name);
                writer.WriteNumber("trainingSentences", point.TrainingSentences);
                WriteInterval(writer, "macroF1", point.MacroF1);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>How the held-out figures were made, in one sentence.</summary>
    public static string MethodText(TrainingRunResult run) =>
        $"grouped {run.FoldCount}-fold cross-validation, repeated {run.Options.Repeats} time(s) with other document shuffles (seed {run.Options.Seed} + repetition): " +
        "every sentence of a source document is in the same fold; figures are the mean over repetitions of the figure of all folds' held-out predictions";

    private static void WriteFigures(Utf8JsonWriter writer, HeldOutFigures figures)
    {
        writer.WriteStartObject();
        writer.WriteNumber("sentences", figures.Sentences);
        writer.WriteNumber("repetitions", figures.Repetitions);
        WriteInterval(writer, "macroF1", figures.MacroF1);
        WriteInterval(writer, "accuracy", figures.Accuracy);
        writer.WriteStartObject("perClass");
        foreach (var c in figures.PerClass)
        {
            writer.WriteStartObject(c.Label.ToString());
            writer.WriteNumber("support", c.Support);
            WriteInterval(writer, "precision", c.Precision);
            WriteInterval(writer, "recall", c.Recall);
            WriteInterval(writer, "f1", c.F1);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("perSource");
        foreach (var s in figures.PerSource)
        {
            writer.WriteStartObject(s.Kind);
            writer.WriteNumber("sentences", s.Sentences);
            writer.WriteNumber("documents", s.Documents);
            WriteInterval(writer, "macroF1", s.MacroF1);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        MetricsJson.WriteConfusion(writer, "confusionSummedOverRepetitions", figures.Confusion.Confusion);
        writer.WriteEndObject();
    }

    private static void WriteInterval(Utf8JsonWriter writer, string name, Interval interval)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("estimate", MetricsJson.Round(interval.Estimate));
        writer.WriteNumber("low", MetricsJson.Round(interval.Low));
        writer.WriteNumber("high", MetricsJson.Round(interval.High));
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
}
