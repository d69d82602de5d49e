using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Model;

public sealed class EmbeddedModelTests
{
    [Fact]
    public void TheEmbeddedModelWasTrainedOnTheCommittedSeedsAndCorpus()
    {
        // Fails when seeds/labelled.tsv or data/corpus.tsv changed without `speechact train` being run again.
        var files = SecuritizationClassifier.Default.Manifest.TrainingFiles;
        Assert.Equal(["seeds/labelled.tsv", "data/corpus.tsv"], files.Select(f => f.Path));
        Assert.Equal(LabelledCorpus.Sha256Of(RepositoryPaths.SeedsTsv), files[0].Sha256);
        Assert.Equal(LabelledCorpus.Sha256Of(RepositoryPaths.CorpusTsv), files[1].Sha256);
        Assert.Equal(105 + 3551, SecuritizationClassifier.Default.Manifest.TrainingRows);
    }

    [Fact]
    public void DefaultClassifiesAClearSecuritizingMove()
    {
        var result = SecuritizationClassifier.Default.Classify("Russia considers Ukraine's actions to join the EU and NATO as a security threat.");
        Assert.Equal(SpeechActLabel.SecuritizingMove, result.Label);
    }

    [Fact]
    public void DefaultIsOneInstance() => Assert.Same(SecuritizationClassifier.Default, SecuritizationClassifier.Default);

    [Fact]
    public void ProbabilitiesAreFiniteAndSumToOne()
    {
        foreach (var sentence in ModelTestData.Seeds.Select(s => s.Text).Concat(ModelTestData.EdgeSentences))
        {
            var result = SecuritizationClassifier.Default.Classify(sentence);
            float[] probabilities = [result.Neutral, result.ThreatFraming, result.SecuritizingMove];
            Assert.All(probabilities, p => Assert.True(float.IsFinite(p) && p >= 0 && p <= 1, $"{p} for '{sentence}'"));
            Assert.Equal(1.0, probabilities.Sum(p => (double)p), 5);

            // The label is the class whose probability times its decision weight is largest.
            var weights = SecuritizationClassifier.Default.Manifest.DecisionWeights;
            var weighted = Enum.GetValues<SpeechActLabel>().Select(l => result.Probability(l) * weights.Of(l)).ToArray();
            Assert.Equal(weighted.Max(), result.Probability(result.Label) * weights.Of(result.Label));
        }
    }

    [Fact]
    public void SpanAndStringOverloadsAgree()
    {
        const string sentence = "In response, NATO increased its military forces in those regions.";
        Assert.Equal(SecuritizationClassifier.Default.Classify(sentence), SecuritizationClassifier.Default.Classify(sentence.AsSpan()));
    }

    [Fact]
    public void ExplainReturnsTheClassificationAndCueOffsets()
    {
        const string sentence = "NATO identifies Russia as a new source of threat.";
        var analysis = SecuritizationClassifier.Default.Explain(sentence);
        Assert.Equal(SecuritizationClassifier.Default.Classify(sentence), analysis.Classification);
        Assert.NotEmpty(analysis.Cues);
        Assert.Contains(analysis.Cues, c => c.Category == CueCategory.Threat && c.Slice(sentence).ToString() == "threat");
        Assert.All(analysis.Cues, c => Assert.True(c.Start >= 0 && c.End <= sentence.Length));
    }

    [Fact]
    public void ConcurrentCallsGiveTheSameResultsAsSequentialOnes()
    {
        var sentences = ModelTestData.Seeds.Select(s => s.Text).ToArray();
        var expected = sentences.Select(s => SecuritizationClassifier.Default.Classify(s)).ToArray();
        var actual = new SentenceClassification[sentences.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = SecuritizationClassifier.Default.Classify(sentences[i % sentences.Length]));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % sentences.Length], actual[i]);
        }
    }
}
