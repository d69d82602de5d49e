namespace SpeechActClassifier.Cli.Tests;

public sealed class HelpTests
{
    [Fact]
    public void HelpListsTheSubcommandsAndExitsZero()
    {
        var result = SpeechactProcess.Run(null, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "score", "train", "eval" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnUnknownCommandIsAUsageErrorWithExitCodeTwo()
    {
        var result = SpeechactProcess.Run(null, "no-such-command");
        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual(string.Empty, result.Error);
    }
}
