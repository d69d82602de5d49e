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

    [Theory]
    [InlineData("Russia considers Ukraine's actions to join the EU and NATO as a security threat.", SpeechActLabel.SecuritizingMove)]
    [InlineData("The government declared a state of emergency and deployed troops to the border.", SpeechActLabel.SecuritizingMove)]
    [InlineData("Cyber attacks are a growing threat to critical infrastructure.", SpeechActLabel.ThreatFraming)]
    [InlineData("The rapid increase in armaments caused grave concern and the danger of war grew.", SpeechActLabel.ThreatFraming)]
    [InlineData("The festival opened on Friday with a concert in the park.", SpeechActLabel.Neutral)]
    [InlineData("In 2000, Vladimir Putin became president in Russia.", SpeechActLabel.Neutral)]
    public void DefaultGivesTheLabelAReaderGivesAPlainSentence(string sentence, SpeechActLabel label)
    {
        // Labelled by reading, with the codebook: an actor designating a threat or taking measures, a threat with no
        // actor or measure, and plain facts. None is borderline, so a model that misses one has got worse.
        Assert.Equal(label, SecuritizationClassifier.Default.Classify(sentence).Label);
    }

    [Fact]
    public void DefaultIsLoadedOnceAndShared()
    {
        // Loading reads, checks and compiles the model; a Default that did it on every access would cost that each time.
        Assert.Same(SecuritizationClassifier.Default, SecuritizationClassifier.Default);
    }

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
    public void ExplainNamesTheCuesAReaderSeesAtTheirOffsets()
    {
        const string sentence = "NATO identifies Russia as a new source of threat.";
        var analysis = SecuritizationClassifier.Default.Explain(sentence);

        // An actor (NATO) designates (identifies) another (Russia) as a threat: a securitizing move.
        Assert.Equal(SpeechActLabel.SecuritizingMove, analysis.Classification.Label);
        Assert.Contains(analysis.Cues, c => c.Category == CueCategory.Actor && (c.Start, c.Length) == (0, 4));
        Assert.Contains(analysis.Cues, c => c.Category == CueCategory.Designation && (c.Start, c.Length) == (5, 10));
        Assert.Contains(analysis.Cues, c => c.Category == CueCategory.Actor && (c.Start, c.Length) == (16, 6));
        Assert.Contains(analysis.Cues, c => c.Category == CueCategory.Threat && (c.Start, c.Length) == (42, 6));
        Assert.All(analysis.Cues, c => Assert.False(c.IsNegated));
    }
}
