using System.CommandLine;
using System.Globalization;
using System.Text;
using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Cli.Output;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Cli.Commands;

/// <summary>
/// <c>speechact classify [TEXT...] [--format text|json|jsonl]</c>: labels sentences given as arguments, or one per
/// line on stdin, with probabilities and cues.
/// </summary>
internal static class ClassifyCommand
{
    private const string TextFormat = "text";
    private const string JsonFormat = "json";
    private const string JsonlFormat = "jsonl";

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var sentences = new Argument<string[]>("text") { Description = "Sentences to classify, one per argument (quote each). Without any, one sentence per line is read from stdin.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "text (readable), json (one array) or jsonl (one object per sentence).", DefaultValueFactory = _ => TextFormat };
        format.AcceptOnlyFromAmong(TextFormat, JsonFormat, JsonlFormat);
        var model = CommonOptions.Model();
        var command = new Command(
            "classify",
            $"""
            Label single sentences as SecuritizingMove, ThreatFraming or Neutral, with the three probabilities and the
            cue words behind the label (offsets are UTF-16 positions in the sentence). To label every sentence of an
            article, use `speechact score`. An empty line of stdin, or one that is not UTF-8, is still one record, with
            an "error".

            Examples:
              speechact classify "The minister said terrorism is an existential threat and emergency powers are needed."
              speechact classify --format jsonl < sentences.txt > labels.jsonl

            {ExitCodes.Help}
            """)
        {
            sentences,
            format,
            model,
        };
        command.SetAction(parse => Run(
            parse.GetValue(sentences) ?? [],
            parse.GetValue(format)!,
            parse.GetValue(model),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] arguments, string format, string? modelPath, TextWriter output, TextWriter error)
    {
        SecuritizationClassifier classifier;
        try
        {
            classifier = CommonOptions.LoadClassifier(modelPath);
        }
        catch (ModelFormatException ex)
        {
            error.WriteLine($"speechact classify: {ex.Message}");
            return ExitCodes.BadInput;
        }

        var inputs = arguments.Length > 0
            ? arguments.Select((text, i) => InputRecord.Ok($"argument {i + 1}", "argument", i + 1, text, 0))
            : ReadStdin(Console.OpenStandardInput());
        var errors = 0;
        var first = true;
        if (format == JsonFormat)
        {
            output.Write("[");
        }

        foreach (var input in inputs)
        {
            var (record, failed) = RecordGuard.Run(
                () => Classify(input, classifier, format),
                problem => (Format(input.Text ?? string.Empty, null, $"{input.Id}: {problem}", format), true));
            errors += failed ? 1 : 0;
            if (format == JsonFormat)
            {
                record = (first ? "\n" : ",\n") + record.TrimEnd('\n');
            }

            output.Write(record);
            output.Flush();
            first = false;
        }

        if (format == JsonFormat)
        {
            output.Write(first ? "]\n" : "\n]\n");
        }

        if (first)
        {
            error.WriteLine("speechact classify: no sentences: give them as arguments, or one per line on stdin.");
            return ExitCodes.BadInput;
        }

        return errors > 0 ? ExitCodes.RecordErrors : ExitCodes.Success;
    }

    /// <summary>
    /// One record per line of <paramref name="stdin"/>, decoded as strictly as <c>score</c> decodes JSONL: a line that
    /// is not UTF-8, or is too long, is a record with the error, where a <see cref="TextReader"/> would have replaced
    /// the bytes silently.
    /// </summary>
    private static IEnumerable<InputRecord> ReadStdin(Stream stdin)
    {
        foreach (var line in Utf8LineReader.Read(stdin))
        {
            var id = $"stdin:{line.Number}";
            yield return line.Text is null
                ? InputRecord.Failed(id, "stdin", line.Number, $"{id}: {line.Error}", line.Bytes)
                : InputRecord.Ok(id, "stdin", line.Number, line.Text, line.Bytes);
        }
    }

    /// <summary>The output record of one input record, and whether it is an error.</summary>
    private static (string Record, bool Failed) Classify(InputRecord input, SecuritizationClassifier classifier, string format)
    {
        var problem = input.Error ?? (string.IsNullOrWhiteSpace(input.Text) ? $"{input.Id}: empty sentence" : null);
        var analysis = problem is null ? classifier.Explain(input.Text!) : null;
        return (Format(input.Text ?? string.Empty, analysis, problem, format), problem is not null);
    }

    private static string Format(string text, SentenceAnalysis? analysis, string? problem, string format) =>
        format == TextFormat ? Readable(text, analysis, problem) : Json(text, analysis, problem);

    private static string Json(string text, SentenceAnalysis? analysis, string? problem) => JsonFields.Line(json =>
    {
        json.WriteStartObject();
        json.WriteString("text", text);
        if (analysis is null)
        {
            json.WriteString("error", problem);
        }
        else
        {
            json.WriteString("label", analysis.Classification.Label.ToString());
            JsonFields.WriteProbabilities(json, analysis.Classification);
            JsonFields.WriteCues(json, analysis.Cues, text);
        }

        json.WriteEndObject();
    });

    private static string Readable(string text, SentenceAnalysis? analysis, string? problem)
    {
        if (analysis is null)
        {
            return $"error: {problem}\n";
        }

        var c = analysis.Classification;
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{c.Label}  (SM {c.SecuritizingMove:F2}, TF {c.ThreatFraming:F2}, N {c.Neutral:F2})  {text}\n");
        if (analysis.Cues.Count > 0)
        {
            line.Append("    cues: ").Append(string.Join(", ", analysis.Cues.Select(cue => $"{cue.Category}{(cue.IsNegated ? "(negated)" : string.Empty)}:\"{cue.Slice(text)}\""))).Append('\n');
        }

        return line.ToString();
    }
}
