using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Model;

public sealed class EmbeddedModelTests
{
    [Fact]
    public void TheEmbeddedModelWasTrainedOnTheCurrentSeeds()
    {
        // Fails when seeds/labelled.tsv changed without `speechact train` being run again.
        Assert.Equal(ModelTrainer.Sha256OfFile(RepositoryPaths.SeedsTsv), SecuritizationClassifier.Default.Manifest.TrainingDataSha256);
    }

    [Fact]
    public void TheEmbeddedModelWasTrainedOnTheCurrentLexicons()
    {
        // Fails when Rules/Lexicons changed without `speechact train` being run again: the cue features have shifted.
        Assert.Equal(SpeechActClassifier.Model.LexiconFingerprint.Current, SecuritizationClassifier.Default.Manifest.LexiconSha256);
    }

    [Fact]
    public void TheEmbeddedModelEqualsTheCommittedBundle()
    {
        var fromFile = SecuritizationClassifier.Load(RepositoryPaths.ModelBundle);
        Assert.Equal(fromFile.Manifest.TrainingDataSha256, SecuritizationClassifier.Default.Manifest.TrainingDataSha256);
        foreach (var sentence in ModelTestData.Seeds.Take(20))
        {
            Assert.Equal(fromFile.Classify(sentence.Text), SecuritizationClassifier.Default.Classify(sentence.Text));
        }
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
            Assert.Equal(probabilities.Max(), result.Probability(result.Label));
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
        Assert.Contains(analysis.Cues, c => c.Category == SpeechActClassifier.Rules.CueCategory.Threat && c.Slice(sentence).ToString() == "threat");
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
