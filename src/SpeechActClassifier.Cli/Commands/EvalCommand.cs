using System.CommandLine;
using System.Globalization;
using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Cli.Commands;

/// <summary><c>speechact eval FILE.tsv [--classifier model|rules] [--model PATH] [--format json|table]</c>: scores the model or the rules against labelled sentences.</summary>
internal static class EvalCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Labelled TSV (header: id, label, source, text) to evaluate on." };
        var model = new Option<string?>("--model") { Description = "A speechact-model.bin to evaluate; default: the model built into the library." };
        var classifier = new Option<string>("--classifier") { Description = "'model' (default: the trained model) or 'rules' (the codebook's decision procedure over the lexicon cues alone, RuleBasedClassifier), to compare the two on your labels.", DefaultValueFactory = _ => "model" };
        classifier.AcceptOnlyFromAmong("model", "rules");
        var format = new Option<string>("--format") { Description = "Output: 'table' (readable, default) or 'json' (one object: count, accuracy, macroF1, perClass, confusion[gold][predicted]).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command(
            "eval",
            $"""
            Evaluate the model, or the rules alone, on a labelled TSV (header: id, label, source, text): accuracy,
            macro-F1, per-class precision, recall and F1, and the confusion matrix.

            Examples:
              speechact eval my-labels.tsv
              speechact eval my-labels.tsv --classifier rules
              speechact eval held-out.tsv --model my-model/speechact-model.bin --format json > metrics.json

            {ExitCodes.Help}
            """)
        {
            file,
            classifier,
            model,
            format,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(classifier) == "rules",
            parseResult.GetValue(model),
            parseResult.GetValue(format)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, bool rules, string? modelPath, string format, TextWriter output, TextWriter error)
    {
        if (rules && modelPath is not null)
        {
            error.WriteLine("speechact eval: --model chooses a trained model; the rules (--classifier rules) use none. Drop one of the two.");
            return ExitCodes.BadInput;
        }

        ClassificationMetrics metrics;
        try
        {
            var sentences = LabelledSentenceReader.Read(file);
            metrics = rules
                ? ModelEvaluator.Evaluate(sentence => RuleBasedClassifier.Default.Classify(sentence.AsSpan()), sentences)
                : ModelEvaluator.Evaluate(modelPath is null ? SecuritizationClassifier.Default : SecuritizationClassifier.Load(modelPath), sentences);
        }
        catch (Exception ex) when (ex is LabelledDataException or ModelFormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"speechact eval: {ex.Message}");
            return ExitCodes.BadInput;
        }

        if (format == "json")
        {
            output.WriteLine(MetricsJson.ToJson(metrics));
        }
        else
        {
            WriteTable(output, metrics);
        }

        return ExitCodes.Success;
    }

    private static void WriteTable(TextWriter output, ClassificationMetrics metrics)
    {
        string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
        output.WriteLine($"sentences {metrics.Count}   accuracy {F(metrics.Accuracy)}   macro-F1 {F(metrics.MacroF1)}");
        output.WriteLine();
        output.WriteLine($"{"label",-18}{"precision",10}{"recall",10}{"f1",10}{"support",10}");
        foreach (var label in ClassificationMetrics.Labels)
        {
            var m = metrics.PerClass(label);
            output.WriteLine($"{label,-18}{F(m.Precision),10}{F(m.Recall),10}{F(m.F1),10}{m.Support,10}");
        }

        output.WriteLine();
        output.WriteLine("confusion (rows: gold, columns: predicted)");
        output.WriteLine($"{string.Empty,-18}" + string.Concat(ClassificationMetrics.Labels.Select(l => $"{l,18}")));
        foreach (var gold in ClassificationMetrics.Labels)
        {
            output.WriteLine($"{gold,-18}" + string.Concat(ClassificationMetrics.Labels.Select(p => $"{metrics.Confusion[gold, p],18}")));
        }
    }
}
