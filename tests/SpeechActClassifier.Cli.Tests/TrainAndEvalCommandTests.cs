using System.Text.Json;

namespace SpeechActClassifier.Cli.Tests;

public sealed class TrainAndEvalCommandTests
{
    [Fact]
    public void ATrainedModelIsWrittenAndUsedByEvalAndClassify()
    {
        using var temp = new TempDirectory();

        // Every third seed sentence keeps all three labels and makes the grid search quick.
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds, "labelled.tsv"));
        var subset = temp.Write("subset.tsv", string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Where((_, i) => i % 3 == 0))) + "\n");
        var modelDirectory = temp.File("model");

        var train = SpeechactProcess.Run(null, "train", subset, "--out", modelDirectory);
        Assert.Equal(0, train.ExitCode);
        var bundle = Path.Combine(modelDirectory, "speechact-model.zip");
        Assert.True(File.Exists(bundle), train.Output + train.Error);
        Assert.True(File.Exists(Path.Combine(modelDirectory, "metrics.json")));
        Assert.True(File.Exists(Path.Combine(modelDirectory, "README.md")));

        var eval = SpeechactProcess.Run(null, "eval", subset, "--model", bundle, "--format", "json");
        Assert.Equal(0, eval.ExitCode);
        Assert.Equal(lines.Skip(1).Where((_, i) => i % 3 == 0).Count(), JsonDocument.Parse(eval.Output).RootElement.GetProperty("count").GetInt32());

        var classify = SpeechactProcess.Run(null, "classify", "--model", bundle, "--format", "jsonl", "War is coming.");
        Assert.Equal(0, classify.ExitCode);
        Assert.NotNull(JsonDocument.Parse(classify.Output).RootElement.GetProperty("label").GetString());
    }

    [Fact]
    public void VersionPrintsTheInformationalVersion()
    {
        var result = SpeechactProcess.Run(null, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Theory]
    [InlineData("classify")]
    [InlineData("score")]
    [InlineData("report")]
    [InlineData("train")]
    [InlineData("eval")]
    public void EveryCommandsHelpHasExamplesAndExitCodes(string command)
    {
        var result = SpeechactProcess.Run(null, command, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Output, StringComparison.Ordinal);
        Assert.Contains($"speechact {command}", result.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Output, StringComparison.Ordinal);
    }
}
