#!/usr/bin/env dotnet
// Scores a folder of news articles (.txt), writes one CSV row per sentence, and prints a summary table per article.
//   dotnet run examples/score-news.cs -- examples/articles/outlet-a sentences.csv
#:package SpeechActClassifier@0.1.0

using System.Globalization;
using SpeechActClassifier;

var folder = args.Length > 0 ? args[0] : Path.Combine("examples", "articles", "outlet-a");
var csvPath = args.Length > 1 ? args[1] : "sentences.csv";
var classifier = SecuritizationClassifier.Default;

using var csv = new StreamWriter(csvPath);
csv.WriteLine("article,sentence,label,p_securitizing_move,p_threat_framing,p_neutral,text");
Console.WriteLine($"{"article",-28} {"sentences",9} {"SM",4} {"TF",4} {"N",4} {"index",6}");
foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileName(file);
    var score = classifier.ScoreDocument(File.ReadAllText(file));
    foreach (var s in score.Sentences)
    {
        var c = s.Classification;
        csv.WriteLine(string.Join(',', name, s.Index, s.Label, F(c.SecuritizingMove), F(c.ThreatFraming), F(c.Neutral), Quote(s.Text)));
    }

    var m = score.Summary;
    Console.WriteLine($"{name,-28} {m.SentenceCount,9} {m.SecuritizingMoveCount,4} {m.ThreatFramingCount,4} {m.NeutralCount,4} {m.SecuritizationIndex,6:F2}");
}

Console.WriteLine($"sentences written to {csvPath}");

static string F(float p) => p.ToString("F4", CultureInfo.InvariantCulture);
static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
