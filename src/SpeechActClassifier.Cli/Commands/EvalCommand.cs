using System.CommandLine;
using System.Globalization;
using SpeechActClassifier.Evaluation;
using SpeechActClassifier.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Cli.Commands;

/// <summary><c>speechact eval FILE.tsv [--model PATH] [--format json|table]</c>: scores a model against labelled sentences.</summary>
internal static class EvalCommand
{
    /// <summary>Exit code for a successful run.</summary>
    private const int Success = 0;

    /// <summary>Exit code for unreadable input, an unloadable model or bad usage.</summary>
    private const int BadInput = 2;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Labelled TSV (header: id, label, source, text) to evaluate on." };
        var model = new Option<string?>("--model") { Description = "A speechact-model.zip to evaluate; default: the model built into the library." };
        var format = new Option<string>("--format") { Description = "Output: 'table' (readable, default) or 'json' (one object: count, accuracy, macroF1, perClass, confusion[gold][predicted]).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command(
            "eval",
            $"""
            Evaluate a model on a labelled TSV (header: id, label, source, text): accuracy, macro-F1, per-class
            precision, recall and F1, and the confusion matrix.

            Examples:
              speechact eval seeds/labelled.tsv
              speechact eval held-out.tsv --model my-model/speechact-model.zip --format json > metrics.json

            {ExitCodes.Help}
            """)
        {
            file,
            model,
            format,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!,
            parseResult.GetValue(model),
            parseResult.GetValue(format)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string file, string? modelPath, string format, TextWriter output, TextWriter error)
    {
        ClassificationMetrics metrics;
        try
        {
            var sentences = LabelledSentenceReader.Read(file);
            var classifier = modelPath is null ? SecuritizationClassifier.Default : SecuritizationClassifier.Load(modelPath);
            metrics = ModelEvaluator.Evaluate(classifier, sentences);
        }
        catch (Exception ex) when (ex is LabelledDataException or ModelFormatException or FileNotFoundException or DirectoryNotFoundException)
        {
            error.WriteLine($"speechact eval: {ex.Message}");
            return BadInput;
        }

        if (format == "json")
        {
            output.WriteLine(MetricsJson.ToJson(metrics));
        }
        else
        {
            WriteTable(output, metrics);
        }

        return Success;
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
