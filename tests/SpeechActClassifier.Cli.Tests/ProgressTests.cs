using System.Diagnostics;

namespace SpeechActClassifier.Cli.Tests;

/// <summary>
/// The progress bar appears on a terminal and nowhere else; <c>script</c> (util-linux, part of every Debian) gives
/// the run a terminal.
/// </summary>
public sealed class ProgressTests
{
    [Fact]
    public void ATerminalGetsAProgressBarAndQuietSilencesIt()
    {
        using var temp = new TempDirectory();
        var output = temp.File("out.jsonl");
        var seed = Path.Combine(RepositoryPaths.Seeds, "000_26efcdc4bda2b59b.txt");
        var shown = InTerminal($"dotnet '{SpeechactProcess.Dll}' score '{seed}' --out '{output}'");
        var quiet = InTerminal($"dotnet '{SpeechactProcess.Dll}' score '{seed}' --out '{output}' --quiet");

        Assert.Contains("scoring", shown, StringComparison.Ordinal);
        Assert.Contains("100%", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("scoring", quiet, StringComparison.Ordinal);
    }

    /// <summary>What a terminal shows when <paramref name="command"/> runs in it (stdout and stderr together).</summary>
    private static string InTerminal(string command)
    {
        var info = new ProcessStartInfo("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.Environment["TERM"] = "xterm";
        info.Environment["COLUMNS"] = "120";
        using var process = Process.Start(info)!;
        var text = process.StandardOutput.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)));
        Assert.Equal(0, process.ExitCode);
        return text.Result;
    }
}
