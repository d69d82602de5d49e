using System.CommandLine;
using System.Text.Json;
using SpeechActClassifier.Cli.Commands;

namespace SpeechActClassifier.Cli.Tests;

public sealed class EvalCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { EvalCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void JsonIsExactlyOneObjectOfTheDocumentedShape()
    {
        var (exitCode, output, _) = Run("eval", RepositoryPaths.SeedsTsv, "--model", RepositoryPaths.ModelFile, "--format", "json");
        Assert.Equal(0, exitCode);

        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["count", "accuracy", "macroF1", "perClass", "confusion"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(105, root.GetProperty("count").GetInt32());
        Assert.InRange(root.GetProperty("accuracy").GetDouble(), 0, 1);
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0, 1);

        string[] labels = ["SecuritizingMove", "ThreatFraming", "Neutral"];
        var perClass = root.GetProperty("perClass");
        Assert.Equal(labels, perClass.EnumerateObject().Select(p => p.Name));
        foreach (var label in labels)
        {
            Assert.Equal(["precision", "recall", "f1", "support"], perClass.GetProperty(label).EnumerateObject().Select(p => p.Name));
        }

        Assert.Equal(64, perClass.GetProperty("Neutral").GetProperty("support").GetInt32());
        var confusion = root.GetProperty("confusion");
        Assert.Equal(labels, confusion.EnumerateObject().Select(p => p.Name));
        var total = labels.Sum(gold => labels.Sum(predicted => confusion.GetProperty(gold).GetProperty(predicted).GetInt32()));
        Assert.Equal(105, total);
        Assert.Equal(24, labels.Sum(predicted => confusion.GetProperty("SecuritizingMove").GetProperty(predicted).GetInt32()));
    }

    [Fact]
    public void TheDefaultFormatIsATable()
    {
        var (exitCode, output, _) = Run("eval", RepositoryPaths.SeedsTsv);
        Assert.Equal(0, exitCode);
        Assert.Contains("macro-F1", output, StringComparison.Ordinal);
        Assert.Contains("confusion", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingModelExitsWithTwo()
    {
        var (exitCode, _, error) = Run("eval", RepositoryPaths.SeedsTsv, "--model", "no-such-model.zip");
        Assert.Equal(2, exitCode);
        Assert.Contains("no-such-model.zip", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedFileExitsWithTwoAndNamesTheLine()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".tsv");
        File.WriteAllText(path, "id\tlabel\tsource\ttext\na\tMaybe\td\tx\n");
        try
        {
            var (exitCode, _, error) = Run("eval", path);
            Assert.Equal(2, exitCode);
            Assert.Contains(":2:", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
