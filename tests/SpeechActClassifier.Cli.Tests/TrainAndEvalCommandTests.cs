using System.Text.Json;

namespace SpeechActClassifier.Cli.Tests;

public sealed class TrainAndEvalCommandTests
{
    [Fact]
    public void AModelTrainedOnTwoFilesIsWrittenWithBothHashesAndUsedByEvalAndClassify()
    {
        using var temp = new TempDirectory();

        // Every third seed sentence keeps all three labels and makes the search quick; one file per seed document.
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Seeds, "labelled.tsv"));
        var rows = lines.Skip(1).Where((_, i) => i % 3 == 0).ToArray();
        var first = temp.Write("first.tsv", string.Join('\n', [lines[0], .. rows.Where(r => r.StartsWith("seed0", StringComparison.Ordinal))]) + "\n");
        var second = temp.Write("second.tsv", string.Join('\n', [lines[0], .. rows.Where(r => r.StartsWith("seed1", StringComparison.Ordinal))]) + "\n");
        var modelDirectory = temp.File("model");

        var train = SpeechactProcess.Run(null, "train", first, second, "--out", modelDirectory);
        Assert.Equal(0, train.ExitCode);
        var model = Path.Combine(modelDirectory, "speechact-model.bin");
        Assert.True(File.Exists(model), train.Output + train.Error);
        Assert.True(File.Exists(Path.Combine(modelDirectory, "speechact-model.zip")), "the ML.NET bundle is written beside the model file");

        // Progress goes to stderr, one plain line per fit when it is not a terminal: which stage, how far, how long left.
        Assert.Contains("[1/3 search] 1/", train.Error, StringComparison.Ordinal);
        Assert.Contains("left:", train.Error, StringComparison.Ordinal);

        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(modelDirectory, "metrics.json")));
        var files = metrics.RootElement.GetProperty("trainingData").EnumerateArray().ToArray();
        Assert.Equal(2, files.Length);
        Assert.Equal(Sha256Sum(second), files[1].GetProperty("sha256").GetString());
        Assert.Equal(rows.Length, files.Sum(f => f.GetProperty("rows").GetInt32()));
        var card = File.ReadAllText(Path.Combine(modelDirectory, "README.md"));
        Assert.Contains(Sha256Sum(first), card, StringComparison.Ordinal);
        Assert.Contains("ruleBased", card, StringComparison.Ordinal);

        var eval = SpeechactProcess.Run(null, "eval", first, "--model", model, "--format", "json");
        Assert.Equal(0, eval.ExitCode);
        Assert.Equal(files[0].GetProperty("rows").GetInt32(), JsonDocument.Parse(eval.Output).RootElement.GetProperty("count").GetInt32());

        var classify = SpeechactProcess.Run(null, "classify", "--model", model, "--format", "jsonl", "War is coming.");
        Assert.Equal(0, classify.ExitCode);
        Assert.NotNull(JsonDocument.Parse(classify.Output).RootElement.GetProperty("label").GetString());
    }

    [Fact]
    public void EvalOfTheRulesGivesTheFiguresWorkedOutByHand()
    {
        using var temp = new TempDirectory();

        // Labels by the codebook: a designation, a measure, a fact, a framed danger, an institution; the last sentence is a
        // plain assertion (ThreatFraming) deliberately labelled SecuritizingMove here, so the rules get one wrong.
        var file = temp.Write("six.tsv", """
            id	label	source	text
            e1	SecuritizingMove	d1	NATO identifies Russia as a new source of threat.
            e2	SecuritizingMove	d1	The government declared a state of emergency and deployed troops to the border.
            e3	Neutral	d2	In 2000, Vladimir Putin became president in Russia.
            e4	ThreatFraming	d2	The rapid increase in armaments caused grave concern and the danger of war grew.
            e5	Neutral	d3	The NATO-Russia Council was established at the Rome Summit in 2002.
            e6	SecuritizingMove	d3	Terrorism is a grave danger to the whole world.

            """);

        var eval = SpeechactProcess.Run(null, "eval", file, "--classifier", "rules", "--format", "json");

        Assert.Equal(0, eval.ExitCode);
        var root = JsonDocument.Parse(eval.Output).RootElement;

        // SM: 2 of 3 found, none wrongly (P 1, R 2/3, F1 0.8); TF: 1 of 1 found, 1 of 2 right (F1 2/3); Neutral perfect.
        Assert.Equal(5.0 / 6, root.GetProperty("accuracy").GetDouble(), 4);
        Assert.Equal((0.8 + (2.0 / 3) + 1) / 3, root.GetProperty("macroF1").GetDouble(), 4);
        Assert.Equal(1, root.GetProperty("confusion").GetProperty("SecuritizingMove").GetProperty("ThreatFraming").GetInt32());
    }

    [Fact]
    public void EvalOfTheRulesRefusesAModel()
    {
        var eval = SpeechactProcess.Run(null, "eval", Path.Combine(RepositoryPaths.Seeds, "labelled.tsv"), "--classifier", "rules", "--model", "m.zip");
        Assert.Equal(2, eval.ExitCode);
        Assert.Contains("--model", eval.Error, StringComparison.Ordinal);
    }

    private static string Sha256Sum(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))).ToLowerInvariant();

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
