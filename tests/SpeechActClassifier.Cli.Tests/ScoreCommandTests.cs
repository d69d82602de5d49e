using System.Text;
using System.Text.Json;

namespace SpeechActClassifier.Cli.Tests;

public sealed class ScoreCommandTests
{
    private static readonly string SeedText = Path.Combine("seeds", "000_26efcdc4bda2b59b.txt");

    [Fact]
    public void ATextFileIsOneRecordOfItsSentencesLabelledAsAReaderWould()
    {
        // Three sentences a reader labels at a glance (a declared emergency with troops, a festival, a threat with no
        // actor or measure); the "Dr." must not end a sentence and the blank line must not start an empty one.
        string[] sentences =
        [
            "The government declared a state of emergency and deployed troops to the border.",
            "Dr. Smith opened the festival on Friday with a concert in the park.",
            "Cyber attacks are a growing threat to critical infrastructure.",
        ];
        using var temp = new TempDirectory();
        var text = sentences[0] + " " + sentences[1] + "\n\n" + sentences[2] + "\n";
        var input = temp.Write("article.txt", text);

        var result = SpeechactProcess.Run(null, "score", input);

        Assert.Equal((0, string.Empty), (result.ExitCode, result.Error));
        var record = JsonDocument.Parse(Assert.Single(Lines(result.Output))).RootElement;
        Assert.Equal(["id", "source", "line", "error", "sentences", "summary"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal(input, record.GetProperty("id").GetString());
        Assert.Equal(input, record.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("error").ValueKind);

        var scored = record.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.Equal(["index", "start", "length", "label", "probabilities", "cues", "text"], scored[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(sentences, scored.Select(s => s.GetProperty("text").GetString()));
        Assert.Equal([0, 1, 2], scored.Select(s => s.GetProperty("index").GetInt32()));
        Assert.Equal([0, sentences[0].Length + 1, text.IndexOf(sentences[2], StringComparison.Ordinal)], scored.Select(s => s.GetProperty("start").GetInt32()));
        Assert.Equal(sentences.Select(s => s.Length), scored.Select(s => s.GetProperty("length").GetInt32()));
        Assert.Equal(["SecuritizingMove", "Neutral", "ThreatFraming"], scored.Select(s => s.GetProperty("label").GetString()));

        // Cue offsets index the document, not the sentence.
        var threat = Assert.Single(scored[2].GetProperty("cues").EnumerateArray(), c => c.GetProperty("text").GetString() == "threat");
        Assert.Equal(["category", "start", "length", "negated", "text"], threat.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Threat", false), (threat.GetProperty("category").GetString(), threat.GetProperty("negated").GetBoolean()));
        Assert.Equal(text.IndexOf("threat", StringComparison.Ordinal), threat.GetProperty("start").GetInt32());
        Assert.All(scored.SelectMany(s => s.GetProperty("cues").EnumerateArray()), cue =>
            Assert.Equal(cue.GetProperty("text").GetString(), text.Substring(cue.GetProperty("start").GetInt32(), cue.GetProperty("length").GetInt32())));

        // The summary counts the labels above, and its index is the mean of P(SM) + P(TF) / 2 over the printed probabilities.
        var summary = record.GetProperty("summary");
        Assert.Equal(["sentences", "counts", "securitizationIndex", "strongestCues"], summary.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, summary.GetProperty("sentences").GetInt32());
        var counts = summary.GetProperty("counts");
        Assert.Equal([("SecuritizingMove", 1), ("ThreatFraming", 1), ("Neutral", 1)], counts.EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        var index = scored.Average(s => s.GetProperty("probabilities").GetProperty("SecuritizingMove").GetDouble() + (s.GetProperty("probabilities").GetProperty("ThreatFraming").GetDouble() / 2));
        Assert.Equal(index, summary.GetProperty("securitizationIndex").GetDouble(), 5);
    }

    [Fact]
    public void JsonlKeepsOneRecordPerLineInOrderAndNamesEachProblem()
    {
        using var temp = new TempDirectory();
        var good = Articles.Create(2, seed: 1);
        var bytes = new List<byte>();
        void Line(string text) => bytes.AddRange(Encoding.UTF8.GetBytes(text + "\n"));
        Line(Articles.JsonLine("first", good[0]));
        Line("{\"id\": \"broken\", \"text\": ");
        Line("{\"id\": \"no-text\", \"body\": \"x\"}");
        Line(string.Empty);
        Line("{\"id\": 7, \"text\": 42}");
        Line("{\"id\": \"empty\", \"text\": \"  \"}");
        bytes.AddRange("{\"id\": \"latin1\", \"text\": \"caf"u8.ToArray());
        bytes.Add(0xE9);
        bytes.AddRange("\"}\n"u8.ToArray());
        Line("[1, 2]");
        Line(Articles.JsonLine("last", good[1]));
        var input = temp.File("in.jsonl");
        File.WriteAllBytes(input, [.. bytes]);

        var result = SpeechactProcess.Run(null, "score", input);

        Assert.Equal(1, result.ExitCode);
        var records = Lines(result.Output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["first", $"{input}:2", "no-text", "7", "empty", $"{input}:7", $"{input}:8", "last"], records.Select(r => r.GetProperty("id").GetString()));
        string Error(int i) => records[i].GetProperty("error").GetString() ?? string.Empty;
        Assert.Equal(JsonValueKind.Null, records[0].GetProperty("error").ValueKind);
        Assert.StartsWith($"{input}:2: not valid JSON", Error(1), StringComparison.Ordinal);
        Assert.Equal($"{input}:3: field \"text\" is missing", Error(2));
        Assert.Equal($"{input}:5: field \"text\" is Number, not a string", Error(3));
        Assert.Equal($"{input}:6: field \"text\" is empty", Error(4));
        Assert.StartsWith($"{input}:7: invalid UTF-8", Error(5), StringComparison.Ordinal);
        Assert.StartsWith($"{input}:8: expected a JSON object", Error(6), StringComparison.Ordinal);
        Assert.NotEmpty(records[7].GetProperty("sentences").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, records[3].GetProperty("summary").ValueKind);
    }

    [Fact]
    public void ALoneSurrogateEscapeStopsNoRunAndEveryLaterRecordIsScored()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("scraped.jsonl", string.Join("\n",
            "{\"id\": \"a\", \"text\": \"War is coming.\"}",
            "{\"id\": \"b\", \"text\": \"The minister warned \\ud800 of a threat.\"}",
            "{\"id\": \"c\\udc00\", \"\\ud800\": 1, \"text\": \"Peace talks resumed.\"}",
            "{\"id\": \"d\", \"text\": \"Troops were sent.\"}") + "\n");
        string[] ids = ["a", "b", "c\uFFFD", "d"];

        var jsonl = SpeechactProcess.Run(null, "score", input, "--format", "jsonl");
        var csv = SpeechactProcess.Run(null, "score", input, "--format", "csv");
        var report = SpeechactProcess.Run(null, "report", input, "--out", temp.File("report.html"));

        Assert.Equal((0, string.Empty), (jsonl.ExitCode, jsonl.Error));
        var records = Lines(jsonl.Output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(ids, records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("The minister warned \uFFFD of a threat.", records[1].GetProperty("sentences")[0].GetProperty("text").GetString());
        Assert.Equal((0, string.Empty), (csv.ExitCode, csv.Error));
        Assert.Equal(ids, Lines(csv.Output).Skip(1).Select(row => row.Split(',')[0]));
        Assert.Equal((0, string.Empty), (report.ExitCode, report.Error));
        Assert.All(ids, id => Assert.Contains($"<h2>{id}</h2>", File.ReadAllText(temp.File("report.html")), StringComparison.Ordinal));
    }

    [Fact]
    public void TextAndIdFieldsCanBeRenamed()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("in.jsonl", "{\"url\": \"https://example.org/a\", \"body\": \"War is coming.\"}\n");
        var result = SpeechactProcess.Run(null, "score", input, "--text-field", "body", "--id-field", "url");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("https://example.org/a", JsonDocument.Parse(result.Output).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void CsvRowsSurviveQuotedLineBreaksAndABadQuoteCostsOnlyItsOwnRow()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("in.csv", string.Join("\n",
            "id,outlet,text",
            "a,x,\"The minister said, \"\"we are at war\"\".\nTroops were sent.\"",
            "b,x,stray \"quote here",
            "c,x,\"never closed",
            "d,x,Peace talks resumed.",
            "e,x,",
            "f") + "\n");

        var result = SpeechactProcess.Run(null, "score", input, "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var records = Lines(result.Output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["a", $"{input}:4", $"{input}:5", "d", "e", "f"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(2, records[0].GetProperty("sentences").GetArrayLength());
        Assert.Contains("quote inside an unquoted field", records[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("never closed", records[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, records[3].GetProperty("error").ValueKind);
        Assert.Equal($"{input}:7: field \"text\" is empty", records[4].GetProperty("error").GetString());
        Assert.Contains("no \"text\" field", records[5].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CsvOutputIsOneRowPerSentenceAndTheFormatComesFromTheExtension()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("in.tsv", "ID\tArticle\nk1\tWar is coming. Peace is near.\nk2\t\n");
        var output = temp.File("out.csv");

        var result = SpeechactProcess.Run(null, "score", input, "--text-column", "Article", "--id-column", "ID", "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var rows = File.ReadAllLines(output);
        Assert.Equal("id,source,line,sentence,start,length,label,p_securitizing_move,p_threat_framing,p_neutral,cues,text,error", rows[0]);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith($"k1,{input},2,0,0,14,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith($"k1,{input},2,1,15,", rows[2], StringComparison.Ordinal);
        Assert.EndsWith($"\"{input}:3: field \"\"Article\"\" is empty\"", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void FoldersAreReadRecursivelyInOrdinalOrder()
    {
        using var temp = new TempDirectory();
        temp.Write(Path.Combine("b", "two.md"), "# Heading\n\nWar is coming.");
        temp.Write("a.txt", "Peace is near.");
        temp.Write(Path.Combine("b", "one.txt"), "Troops were deployed.");
        temp.Write("ignored.pdf", "not text");

        var result = SpeechactProcess.Run(null, "score", temp.Path);

        Assert.Equal(0, result.ExitCode);
        var ids = Lines(result.Output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
        Assert.Equal([temp.File("a.txt"), temp.File(Path.Combine("b", "one.txt")), temp.File(Path.Combine("b", "two.md"))], ids);
    }

    [Fact]
    public void AnEmptyArticleIsARecordWithAnError()
    {
        using var temp = new TempDirectory();
        var empty = temp.Write("empty.txt", "   \n");
        var result = SpeechactProcess.Run(null, "score", empty);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{empty}: the article is empty", JsonDocument.Parse(result.Output).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public void AMissingInputWritesNothingAndExitsWithTwo()
    {
        var result = SpeechactProcess.Run(null, "score", SeedText, "no-such-file.jsonl");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("no-such-file.jsonl", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty folder")]
    [InlineData("folder without input files")]
    [InlineData("folder holding only a link loop")]
    public void AFolderWithNoInputFileIsBadInputNamingThePathAndTheExtensions(string folder)
    {
        using var temp = new TempDirectory();
        var path = temp.File("articles");
        Directory.CreateDirectory(path);
        if (folder == "folder without input files")
        {
            temp.Write(Path.Combine("articles", "scan.pdf"), "not text");
            temp.Write(Path.Combine("articles", "notes", "readme.html"), "<p>not text</p>");
        }
        else if (folder == "folder holding only a link loop")
        {
            Directory.CreateDirectory(Path.Combine(path, "a"));
            Directory.CreateSymbolicLink(Path.Combine(path, "a", "up"), path);
        }

        var score = SpeechactProcess.Run(null, "score", path);
        var report = SpeechactProcess.Run(null, "report", path, "--out", temp.File("report.html"));

        Assert.Equal((2, string.Empty), (score.ExitCode, score.Output));
        Assert.Equal($"speechact score: no input records: '{path}' holds no .txt, .md, .jsonl, .csv or .tsv file (folders are searched recursively, without following links to folders).\n", score.Error);
        Assert.Equal(2, report.ExitCode);
        Assert.StartsWith($"speechact report: no input records: '{path}' holds no .txt, .md, .jsonl, .csv or .tsv file", report.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("report.html")) || File.Exists(temp.File("report.html.partial")), "no report for no records");
    }

    [Fact]
    public void FilesWithNoRecordAreBadInputToo()
    {
        using var temp = new TempDirectory();
        var blank = temp.Write("blank.jsonl", "\n  \r\n\n");
        var header = temp.Write("header.csv", "id,text\n");

        var result = SpeechactProcess.Run(null, "score", blank, header, "--format", "jsonl");
        var stdin = SpeechactProcess.Run(string.Empty, "score", "-");

        Assert.Equal((2, string.Empty), (result.ExitCode, result.Output));
        Assert.Equal($"speechact score: no input records: the 2 files read from '{blank}', '{header}' are empty, blank or only a header row.\n", result.Error);
        Assert.Equal(2, stdin.ExitCode);
        Assert.Contains("no input records: the file read from stdin is empty", stdin.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkLoopInAFolderNeitherRepeatsAFileNorHangs()
    {
        using var temp = new TempDirectory();
        var article = temp.Write(Path.Combine("articles", "x", "a.txt"), "War is coming.");
        Directory.CreateSymbolicLink(temp.File(Path.Combine("articles", "x", "self")), temp.File("articles"));

        var result = SpeechactProcess.Run(null, "score", temp.File("articles"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([article], Lines(result.Output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public void ParallelOutputIsByteIdenticalToSingleCore()
    {
        using var temp = new TempDirectory();
        var articles = Articles.Create(40, seed: 2);
        var input = temp.Write("in.jsonl", string.Concat(articles.Select((a, i) => Articles.JsonLine($"doc{i}", a) + "\n")));

        var single = SpeechactProcess.Run(null, "score", input, "--format", "csv");
        var parallel = SpeechactProcess.Run(null, "score", input, "--format", "csv", "--parallel", "2");

        Assert.Equal(0, single.ExitCode);
        Assert.Equal(0, parallel.ExitCode);
        Assert.True(single.Output.Length > 1000);
        Assert.Equal(single.Output, parallel.Output);
    }

    [Fact]
    public void PipedStderrGetsNoProgressBar()
    {
        var result = SpeechactProcess.Run(null, "score", SeedText, "--format", "text");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith($"# {SeedText}: ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AKilledRunLeavesOnlyWholeRecords()
    {
        using var temp = new TempDirectory();
        var articles = Articles.Create(400, seed: 3);
        var ids = Enumerable.Range(0, 20_000).Select(i => $"doc{i}").ToArray();
        var input = temp.Write("big.jsonl", string.Concat(ids.Select((id, i) => Articles.JsonLine(id, articles[i % articles.Length]) + "\n")));
        var output = temp.File("out.jsonl");

        using var process = SpeechactProcess.Start(["score", input, "--out", output]);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((!File.Exists(output) || new FileInfo(output).Length < 200_000) && DateTime.UtcNow < deadline && !process.HasExited)
        {
            Thread.Sleep(20);
        }

        Assert.False(process.HasExited, "the run should still be going when it is killed");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var lines = File.ReadAllText(output).Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        var written = lines[..^1].Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.InRange(written.Length, 1, ids.Length - 1);
        Assert.Equal(ids.Take(written.Length), written);
    }

    [Fact]
    public void CtrlCStopsBetweenRecordsWithExitCode130()
    {
        using var temp = new TempDirectory();
        var articles = Articles.Create(400, seed: 5);
        var input = temp.Write("big.jsonl", string.Concat(Enumerable.Range(0, 20_000).Select(i => Articles.JsonLine($"doc{i}", articles[i % articles.Length]) + "\n")));
        var output = temp.File("out.jsonl");

        using var process = SpeechactProcess.Start(["score", input, "--out", output]);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while ((!File.Exists(output) || new FileInfo(output).Length < 100_000) && DateTime.UtcNow < deadline && !process.HasExited)
        {
            Thread.Sleep(20);
        }

        Assert.False(process.HasExited, "the run should still be going when it is interrupted");
        using (var interrupt = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            interrupt.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "speechact should stop soon after Ctrl+C");
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("interrupted", process.StandardError.ReadToEnd(), StringComparison.Ordinal);
        var written = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.InRange(written.Length, 1, 19_999);
        Assert.Equal(Enumerable.Range(0, written.Length).Select(i => $"doc{i}"), written);
    }

    [Fact]
    public void AnOutputInAMissingFolderIsBadInput()
    {
        var result = SpeechactProcess.Run(null, "score", SeedText, "--out", Path.Combine("no-such-folder", "out.jsonl"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheThreatFramingWeightAndCueLimitReachTheSummary()
    {
        var result = SpeechactProcess.Run(null, "score", SeedText, "--threat-framing-weight", "0", "--strongest-cues", "3");
        Assert.Equal(0, result.ExitCode);
        var record = JsonDocument.Parse(result.Output).RootElement;
        var meanMoves = record.GetProperty("sentences").EnumerateArray().Average(s => s.GetProperty("probabilities").GetProperty("SecuritizingMove").GetDouble());
        Assert.Equal(meanMoves, record.GetProperty("summary").GetProperty("securitizationIndex").GetDouble(), 5);
        Assert.Equal(3, record.GetProperty("summary").GetProperty("strongestCues").GetArrayLength());

        var bad = SpeechactProcess.Run(null, "score", SeedText, "--threat-framing-weight", "2");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal(string.Empty, bad.Output);
    }

    [Fact]
    public void ADashReadsJsonlFromStdin()
    {
        var input = Articles.JsonLine("a", "War is coming.") + "\n" + Articles.JsonLine("b", "Peace talks resumed.") + "\n";
        var result = SpeechactProcess.Run(input, "score", "-", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = Lines(result.Output);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("a,-,1,0,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("b,-,2,0,", rows[2], StringComparison.Ordinal);
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
