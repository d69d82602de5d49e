using System.CommandLine;
using System.Text;
using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Cli.Progress;
using SpeechActClassifier.Cli.Report;
using SpeechActClassifier.Cli.Scoring;
using SpeechActClassifier.Documents;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Cli.Commands;

/// <summary><c>speechact report PATH... --out report.html</c>: one self-contained HTML page of the scored articles.</summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Files or folders, as for `speechact score`: .txt/.md, .jsonl, .csv/.tsv.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "The HTML file to write (replaced if it exists).", Required = true };
        var title = new Option<string>("--title") { Description = "The report's heading.", DefaultValueFactory = _ => "Securitization report" };
        var shared = new CommonOptions.ArticleOptions();
        var command = new Command(
            "report",
            $"""
            Write one self-contained HTML page (no scripts, fonts or network) showing each article with every sentence
            coloured by its label, cue words marked with their category (hover or focus; shown in print), and a chart
            per article of its label counts and securitization index. Readable on a phone, printable.
            The page is written to a temporary file and moved into place at the end: an interrupted run leaves no half page.

            Examples:
              speechact report seeds/000_26efcdc4bda2b59b.txt --out report.html
              speechact report articles/ --title "Outlet A, 2024" --out outlet-a.html

            {ExitCodes.Help}
            """)
        {
            paths,
            output,
            title,
        };
        shared.AddTo(command);
        command.SetAction(parse => Run(
            parse.GetValue(paths)!,
            parse.GetValue(output)!,
            parse.GetValue(title)!,
            shared.Read(parse),
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] paths, string outPath, string title, CommonOptions.ArticleSettings settings, TextWriter error)
    {
        if (!CommonOptions.TryPrepare("report", paths, settings.ModelPath, settings.Summary, error, out var files, out var classifier))
        {
            return ExitCodes.BadInput;
        }

        var temporary = outPath + ".partial";
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is null || !Directory.Exists(directory))
        {
            error.WriteLine($"speechact report: cannot write '{outPath}': its folder does not exist.");
            return ExitCodes.BadInput;
        }

        using var interruption = new Interruption();
        int exitCode;
        try
        {
            using var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var report = new HtmlReportWriter(writer, title, settings.Summary.ThreatFramingWeight);
            exitCode = ProgressDisplay.Run("report", InputFiles.TotalBytes(files), settings.Quiet, progress =>
                ScoreRun.Execute(InputFiles.Read(files, settings.Input), text => classifier.ScoreDocument(text, settings.Summary), report, settings.Workers, progress, interruption.Token));
            report.WriteEnd();
        }
        catch
        {
            // Whatever stopped the run, no half page is left behind, under either name.
            File.Delete(temporary);
            throw;
        }

        if (exitCode == ExitCodes.Interrupted)
        {
            File.Delete(temporary);
            error.WriteLine("speechact report: interrupted; no report written.");
            return ExitCodes.Interrupted;
        }

        if (exitCode == ExitCodes.BadInput)
        {
            File.Delete(temporary);
            error.WriteLine($"speechact report: {InputFiles.NoRecords(paths, files.Count)} No report written.");
            return ExitCodes.BadInput;
        }

        File.Move(temporary, outPath, overwrite: true);
        return exitCode;
    }
}
