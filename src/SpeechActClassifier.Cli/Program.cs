using System.CommandLine;
using SpeechActClassifier.Cli.Commands;

namespace SpeechActClassifier.Cli;

/// <summary>The <c>speechact</c> command: one subcommand per file under Commands/.</summary>
internal static class Program
{
    /// <summary>Exit code for bad input or usage, shared by every command.</summary>
    private const int UsageError = 2;

    private static int Main(string[] args)
    {
        var root = new RootCommand("speechact: label English sentences as securitizing moves, threat framings or neutral statements, with the evidence.");
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        var parseResult = root.Parse(args);
        var exitCode = parseResult.Invoke();

        // Usage errors exit with 2, as each command's --help documents (System.CommandLine's default is 1).
        return parseResult.Errors.Count > 0 ? UsageError : exitCode;
    }
}
