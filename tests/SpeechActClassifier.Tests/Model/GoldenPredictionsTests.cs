using System.Globalization;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Model;

/// <summary>
/// Pins the embedded model's labels and probabilities on the seed sentences and a fixed sample of the corpus, so any
/// unintended change to tokenizing, cues, features, trees or the decision rule shows up as a failing sentence.
/// After an intended change (a retrained model), rewrite the file with
/// <c>SPEECHACT_UPDATE_GOLDEN=1 dotnet test tests/SpeechActClassifier.Tests -c Release --filter GoldenPredictions</c>
/// and review its diff: the header says how many rows agree with the gold labels.
/// </summary>
public sealed class GoldenPredictionsTests
{
    /// <summary>Every this-many-th corpus sentence is in the sample: 143 of 3,551.</summary>
    private const int CorpusStride = 25;

    private static readonly string GoldenPath = Path.Combine(RepositoryPaths.Root, "tests", "SpeechActClassifier.Tests", "Model", "golden-predictions.tsv");

    [Fact]
    public void TheEmbeddedModelGivesTheRecordedLabelsAndProbabilities()
    {
        var sample = Sample();
        if (Environment.GetEnvironmentVariable("SPEECHACT_UPDATE_GOLDEN") == "1")
        {
            Write(sample);
        }

        var expected = File.ReadLines(GoldenPath).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split('\t')).ToDictionary(f => f[0]);
        Assert.Equal(sample.Count, expected.Count);
        foreach (var sentence in sample)
        {
            var fields = expected[sentence.Id];
            var actual = SecuritizationClassifier.Default.Classify(sentence.Text);
            Assert.True(fields[1] == actual.Label.ToString(), $"{sentence.Id}: recorded {fields[1]}, now {actual.Label}");
            Assert.Equal(double.Parse(fields[2], CultureInfo.InvariantCulture), actual.Neutral, 1e-6);
            Assert.Equal(double.Parse(fields[3], CultureInfo.InvariantCulture), actual.ThreatFraming, 1e-6);
            Assert.Equal(double.Parse(fields[4], CultureInfo.InvariantCulture), actual.SecuritizingMove, 1e-6);
        }
    }

    private static List<LabelledSentence> Sample() =>
        [.. ModelTestData.Seeds, .. LabelledSentenceReader.Read(RepositoryPaths.CorpusTsv).Where((_, i) => i % CorpusStride == 0)];

    private static void Write(IReadOnlyList<LabelledSentence> sample)
    {
        var rows = sample.Select(s => (Sentence: s, Result: SecuritizationClassifier.Default.Classify(s.Text))).ToList();
        var agree = rows.Count(r => r.Result.Label == r.Sentence.Label);
        var lines = new List<string>
        {
            "# The embedded model's labels and class probabilities on the seed sentences and every 25th corpus sentence (GoldenPredictionsTests).",
            FormattableString.Invariant($"# {agree} of {rows.Count} labels agree with the gold label; a change in this file is a change in what the library says."),
            "id\tlabel\tneutral\tthreatFraming\tsecuritizingMove",
        };
        lines.AddRange(rows.Select(r => FormattableString.Invariant($"{r.Sentence.Id}\t{r.Result.Label}\t{r.Result.Neutral:R}\t{r.Result.ThreatFraming:R}\t{r.Result.SecuritizingMove:R}")));
        File.WriteAllLines(GoldenPath, lines);
    }
}
