using System.CommandLine;
using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Cli.Output;
using SpeechActClassifier.Cli.Progress;
using SpeechActClassifier.Cli.Scoring;
using SpeechActClassifier.Documents;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Cli.Commands;

/// <summary>
/// <c>speechact score PATH... [--out FILE] [--format jsonl|csv|text] [--parallel N]</c>: scores articles from text,
/// Markdown, JSONL, CSV and TSV files, one output record per input record, in input order.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders: .txt/.md (one article each), .jsonl (one per line), .csv/.tsv (one per row); folders are searched recursively; - reads JSONL from stdin.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout (replaced if it exists)." };
        var format = new Option<string?>("--format", "-f") { Description = "jsonl: one object per article, sentences nested; csv: one row per sentence; text: readable. Default: from the --out extension (.csv, .txt), else jsonl." };
        format.AcceptOnlyFromAmong(OutputFormat.Jsonl, OutputFormat.Csv, OutputFormat.Text);
        var shared = new CommonOptions.ArticleOptions();
        var command = new Command(
            "score",
            $"""
            Score news articles: split each into sentences, label every sentence SecuritizingMove, ThreatFraming or
            Neutral with its probabilities and cue words, and summarize each article (label counts, securitization
            index = mean of P(SecuritizingMove) + 0.5 * P(ThreatFraming) over its sentences, strongest cues).
            Offsets are UTF-16 positions in the article's text. A record that cannot be read (bad JSON, missing field,
            bad CSV quote, invalid UTF-8, empty text) is still written, with an "error" naming file, line and problem.

            Examples:
              speechact score seeds/000_26efcdc4bda2b59b.txt --format text
              speechact score articles/ --out scores.csv
              speechact score scraped.jsonl --text-field body --id-field url --parallel 2 --out scores.jsonl
              speechact score sheet.csv --text-column Article --id-column ID

            {ExitCodes.Help}
            """)
        {
            paths,
            output,
            format,
        };
        shared.AddTo(command);
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(output),
            parse.GetValue(format),
            shared.Read(parse),
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string? outPath, string? format, CommonOptions.ArticleSettings settings, TextWriter error)
    {
        if (!CommonOptions.TryPrepare("score", paths, settings.ModelPath, settings.Summary, error, out var files, out var classifier))
        {
            return ExitCodes.BadInput;
        }

        RecordSink sink;
        try
        {
            sink = outPath is null ? RecordSink.StandardOutput() : RecordSink.File(outPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"speechact score: cannot write '{outPath}': {ex.Message}");
            return ExitCodes.BadInput;
        }

        using var output = sink;
        using var interruption = new Interruption();
        var writer = OutputFormat.Create(OutputFormat.Choose(format, outPath), sink);
        var exitCode = ProgressDisplay.Run("scoring", InputFiles.TotalBytes(files), settings.Quiet, progress =>
            ScoreRun.Execute(InputFiles.Read(files, settings.Input), text => classifier.ScoreDocument(text, settings.Summary), writer, settings.Workers, progress, interruption.Token));
        if (exitCode == ExitCodes.Interrupted)
        {
            error.WriteLine("speechact score: interrupted; the output holds whole records for the input read so far.");
        }
        else if (exitCode == ExitCodes.BadInput)
        {
            error.WriteLine($"speechact score: {InputFiles.NoRecords(paths, files.Count)}");
        }

        return exitCode;
    }
}
