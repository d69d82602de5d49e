#!/usr/bin/env dotnet
// Compares two sets of articles (two outlets, two years) by securitization index: the mean and spread per set,
// and the difference of means with a 95% bootstrap interval (fixed seed, so the same articles give the same interval).
//   dotnet run examples/compare-sets.cs -- examples/articles/outlet-a examples/articles/outlet-b
#:package SpeechActClassifier@0.1.0

using SpeechActClassifier;

var folders = args.Length >= 2 ? args[..2] : [Path.Combine("examples", "articles", "outlet-a"), Path.Combine("examples", "articles", "outlet-b")];
var sets = folders.Select(folder => Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
    .Select(file => SecuritizationClassifier.Default.ScoreDocument(File.ReadAllText(file)).Summary.SecuritizationIndex)
    .ToArray()).ToArray();

for (var i = 0; i < 2; i++)
{
    var values = sets[i];
    Console.WriteLine($"{folders[i]}: {values.Length} articles, mean index {values.Average():F3}, min {values.Min():F3}, max {values.Max():F3}");
}

var difference = sets[0].Average() - sets[1].Average();
var random = new Random(20261123);
var resampled = new double[10_000];
for (var r = 0; r < resampled.Length; r++)
{
    double Mean(double[] values) => Enumerable.Range(0, values.Length).Average(_ => values[random.Next(values.Length)]);
    resampled[r] = Mean(sets[0]) - Mean(sets[1]);
}

Array.Sort(resampled);
Console.WriteLine($"difference of means (first - second): {difference:F3}, 95% bootstrap interval [{resampled[249]:F3}, {resampled[9749]:F3}]");
