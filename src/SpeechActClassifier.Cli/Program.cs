using System.CommandLine;
using SpeechActClassifier.Cli.Commands;

namespace SpeechActClassifier.Cli;

/// <summary>The <c>speechact</c> command: one subcommand per file under Commands/.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("speechact: label English sentences as securitizing moves, threat framings or neutral statements, with the evidence.");
        root.Subcommands.Add(TrainCommand.Create());
        return root.Parse(args).Invoke();
    }
}
