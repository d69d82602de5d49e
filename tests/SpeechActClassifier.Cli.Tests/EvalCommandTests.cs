using System.CommandLine;
using System.Text.Json;
using SpeechActClassifier.Cli.Commands;

namespace SpeechActClassifier.Cli.Tests;

/// <summary>
/// <c>speechact eval</c> on ten sentences whose figures were worked out by hand, so a wrong count, a swapped
/// precision and recall, a bad macro average or a broken model shows up as a wrong number.
/// </summary>
public sealed class EvalCommandTests
{
    /// <summary>
    /// Gold labels by the codebook. The embedded model's predictions (in the last column's comment) were seen once by
    /// running it and checked by reading: every one is what the sentence says on its face, the seven right ones clearly
    /// so, and the three wrong ones are errors a reader recognises (a bare warning read as neutral, a history lesson
    /// read as a threat, a police report read as a measure). A retrained model that changes any of them has changed
    /// its answer on a plain sentence, which is worth a look.
    /// </summary>
    private static readonly string[][] TenSentences =
    [
        ["e1", "SecuritizingMove", "d1", "The government declared a state of emergency and deployed troops to the border."], // SecuritizingMove
        ["e2", "SecuritizingMove", "d1", "Russia considers Ukraine's actions to join the EU and NATO as a security threat."], // SecuritizingMove
        ["e3", "SecuritizingMove", "d2", "Migration is a threat to our nation, so the government will close the border."], // SecuritizingMove
        ["e4", "ThreatFraming", "d2", "The rapid increase in armaments caused grave concern and the danger of war grew."], // ThreatFraming
        ["e5", "ThreatFraming", "d3", "Cyber attacks are a growing threat to critical infrastructure."], // ThreatFraming
        ["e6", "ThreatFraming", "d3", "War is coming."], // Neutral: wrong
        ["e7", "Neutral", "d4", "In 2000, Vladimir Putin became president in Russia."], // Neutral
        ["e8", "Neutral", "d4", "The festival opened on Friday with a concert in the park."], // Neutral
        ["e9", "Neutral", "d5", "The Cold War was a period of tension between the United States and the Soviet Union."], // ThreatFraming: wrong
        ["e10", "Neutral", "d5", "The police arrested three suspects after the attack."], // SecuritizingMove: wrong
    ];

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { EvalCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string WriteTenSentences(TempDirectory temp) =>
        temp.Write("ten.tsv", "id\tlabel\tsource\ttext\n" + string.Concat(TenSentences.Select(row => string.Join('\t', row) + "\n")));

    [Fact]
    public void JsonHoldsTheFiguresWorkedOutByHand()
    {
        using var temp = new TempDirectory();

        var (exitCode, output, _) = Run("eval", WriteTenSentences(temp), "--format", "json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["count", "accuracy", "macroF1", "perClass", "confusion"], root.EnumerateObject().Select(p => p.Name));
        string[] labels = ["SecuritizingMove", "ThreatFraming", "Neutral"];
        Assert.Equal(labels, root.GetProperty("perClass").EnumerateObject().Select(p => p.Name));
        Assert.Equal(labels, root.GetProperty("confusion").EnumerateObject().Select(p => p.Name));

        // Confusion, rows gold, columns predicted (SM, TF, N): SM 3 0 0; TF 0 2 1; N 1 1 2.
        int[][] confusion = [[3, 0, 0], [0, 2, 1], [1, 1, 2]];
        for (var gold = 0; gold < 3; gold++)
        {
            for (var predicted = 0; predicted < 3; predicted++)
            {
                Assert.Equal(confusion[gold][predicted], root.GetProperty("confusion").GetProperty(labels[gold]).GetProperty(labels[predicted]).GetInt32());
            }
        }

        // Accuracy: the diagonal, 3 + 2 + 2 = 7 of 10 = 0.7.
        Assert.Equal(10, root.GetProperty("count").GetInt32());
        Assert.Equal(0.7, root.GetProperty("accuracy").GetDouble());

        // SM: 3 right of 4 predicted (e10 too), P = 3/4 = 0.75; 3 of 3 found, R = 1; F1 = 2(0.75)(1)/1.75 = 6/7 = 0.8571.
        AssertClass(root, "SecuritizingMove", precision: 0.75, recall: 1, f1: 0.8571, support: 3);

        // TF: 2 right of 3 predicted (e9 too), P = 2/3; 2 of 3 found (e6 missed), R = 2/3; F1 = 2/3 = 0.6667.
        AssertClass(root, "ThreatFraming", precision: 0.6667, recall: 0.6667, f1: 0.6667, support: 3);

        // Neutral: 2 right of 3 predicted (e6 too), P = 2/3; 2 of 4 found, R = 1/2; F1 = 2(2/3)(1/2)/(7/6) = 4/7 = 0.5714.
        AssertClass(root, "Neutral", precision: 0.6667, recall: 0.5, f1: 0.5714, support: 4);

        // Macro-F1: (6/7 + 2/3 + 4/7) / 3 = (18/21 + 14/21 + 12/21) / 3 = 44/63 = 0.6984 (four decimals, as written).
        Assert.Equal(0.6984, root.GetProperty("macroF1").GetDouble());
    }

    [Fact]
    public void TheTableShowsTheHandWorkedFiguresToThreeDecimals()
    {
        using var temp = new TempDirectory();

        var (exitCode, output, _) = Run("eval", WriteTenSentences(temp));

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n');
        Assert.Equal("sentences 10   accuracy 0.700   macro-F1 0.698", lines[0]);
        Assert.Contains("SecuritizingMove       0.750     1.000     0.857         3", lines);
        Assert.Contains("ThreatFraming          0.667     0.667     0.667         3", lines);
        Assert.Contains("Neutral                0.667     0.500     0.571         4", lines);
        Assert.Contains("confusion (rows: gold, columns: predicted)", lines);
        Assert.Contains("Neutral                            1                 1                 2", lines);
    }

    [Fact]
    public void AModelFileIsEvaluatedOnEverySentenceOfTheFile()
    {
        var (exitCode, output, _) = Run("eval", RepositoryPaths.SeedsTsv, "--model", RepositoryPaths.ModelFile, "--format", "json");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;

        // seeds/labelled.tsv: 105 sentences, 24 labelled SecuritizingMove, 17 ThreatFraming, 64 Neutral.
        Assert.Equal(105, root.GetProperty("count").GetInt32());
        Assert.Equal(24, root.GetProperty("perClass").GetProperty("SecuritizingMove").GetProperty("support").GetInt32());
        Assert.Equal(17, root.GetProperty("perClass").GetProperty("ThreatFraming").GetProperty("support").GetInt32());
        Assert.Equal(64, root.GetProperty("perClass").GetProperty("Neutral").GetProperty("support").GetInt32());
        Assert.Equal(64, root.GetProperty("confusion").GetProperty("Neutral").EnumerateObject().Sum(p => p.Value.GetInt32()));
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
        using var temp = new TempDirectory();
        var path = temp.Write("bad.tsv", "id\tlabel\tsource\ttext\na\tMaybe\td\tx\n");

        var (exitCode, _, error) = Run("eval", path);

        Assert.Equal(2, exitCode);
        Assert.Contains(":2:", error, StringComparison.Ordinal);
    }

    private static void AssertClass(JsonElement root, string label, double precision, double recall, double f1, int support)
    {
        var figures = root.GetProperty("perClass").GetProperty(label);
        Assert.Equal(["precision", "recall", "f1", "support"], figures.EnumerateObject().Select(p => p.Name));
        Assert.Equal(precision, figures.GetProperty("precision").GetDouble());
        Assert.Equal(recall, figures.GetProperty("recall").GetDouble());
        Assert.Equal(f1, figures.GetProperty("f1").GetDouble());
        Assert.Equal(support, figures.GetProperty("support").GetInt32());
    }
}
