using System.CommandLine;
using SpeechActClassifier.Cli.Commands;

namespace SpeechActClassifier.Cli;

/// <summary>The <c>speechact</c> command: one subcommand per file under Commands/.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand(
            $"""
            speechact: label English sentences as securitizing moves, threat framings or neutral statements
            (Copenhagen School securitization theory), with the cue words as evidence.

            Start with:
              speechact classify "NATO identifies Russia as a new source of threat."
              speechact score article.txt --format text
              speechact report articles/ --out report.html

            {ExitCodes.Help}
            """);
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        var parseResult = root.Parse(args);
        var exitCode = parseResult.Invoke();

        // Usage errors exit with 2, as each command's --help documents (System.CommandLine's default is 1).
        return parseResult.Errors.Count > 0 ? ExitCodes.BadInput : exitCode;
    }
}
