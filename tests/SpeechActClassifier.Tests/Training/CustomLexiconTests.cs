using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Tests.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

/// <summary>
/// A model trained with a lexicon of the user's reads that lexicon's cues, and loads only with it: the manifest's
/// fingerprint names the lexicon, and the model file carries no terms of its own.
/// </summary>
public sealed class CustomLexiconTests
{
    // "zorgon" is in no lexicon and no seed sentence, so only the added term can make it a cue.
    private const string Sentence = "The zorgons are coming to our shores.";

    private static readonly Lexicon WithZorgons = Lexicon.Default.Add(
        Lexicon.Parse("term\tcategory\tweight\tnote\nzorgon{,s}\tThreat\t1\tinvented for the test\n", "test terms"));

    private static readonly Lazy<TrainedModel> Trained = new(() =>
        ModelTrainer.Train(ModelTestData.Seeds, new TrainingOptions { HyperParameters = ModelTestData.SmallTrees, Lexicon = WithZorgons }));

    [Fact]
    public void TheRulesAloneReadTheAddedTerm()
    {
        Assert.DoesNotContain(RuleBasedClassifier.Default.Classify(Sentence).Cues, c => c.Category == CueCategory.Threat);

        var withTerm = new RuleBasedClassifier(WithZorgons).Classify(Sentence);

        var threat = Assert.Single(withTerm.Cues, c => c.Category == CueCategory.Threat);
        Assert.Equal("zorgons", Sentence.Substring(threat.Start, threat.Length));
        Assert.Equal(SpeechActLabel.ThreatFraming, withTerm.Label);
    }

    [Fact]
    public void AModelTrainedWithTheLexiconLoadsWithItAndReadsItsCues()
    {
        var bytes = Save(Trained.Value);

        var loaded = SecuritizationClassifier.Load(new MemoryStream(bytes), WithZorgons);

        Assert.NotEqual(FeatureFingerprint.Current, loaded.Manifest.FeatureFingerprint);
        Assert.Contains(loaded.Explain(Sentence).Cues, c => c.Category == CueCategory.Threat && Sentence.Substring(c.Start, c.Length) == "zorgons");
        foreach (var sentence in ModelTestData.Seeds.Select(s => s.Text).Append(Sentence))
        {
            // The same features through ML.NET's engines: the custom lexicon reaches every path the same way.
            var expected = Trained.Value.ClassifyWithMlNet(sentence);
            var actual = loaded.Classify(sentence);
            foreach (var label in Enum.GetValues<SpeechActLabel>())
            {
                Assert.Equal(expected.Probability(label), actual.Probability(label), 1e-6);
            }
        }
    }

    [Fact]
    public void AModelTrainedWithTheLexiconIsRefusedWithoutIt()
    {
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(Save(Trained.Value))));

        Assert.Contains("Load(path, lexicon)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheEmbeddedModelIsRefusedWithAnotherLexicon()
    {
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(RepositoryPaths.ModelFile, WithZorgons));

        Assert.Contains("not trained with the lexicon given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFingerprintOfALexiconFollowsItsTermsAndWeightsButNotItsNotes()
    {
        var renoted = Lexicon.Default.Add(Lexicon.Parse("term\tcategory\tweight\tnote\nzorgon{,s}\tThreat\t1\tanother note\n", "test terms"));
        var reweighted = Lexicon.Default.Add(Lexicon.Parse("term\tcategory\tweight\tnote\nzorgon{,s}\tThreat\t0.9\tinvented for the test\n", "test terms"));

        Assert.Equal(FeatureFingerprint.Of(WithZorgons), FeatureFingerprint.Of(renoted));
        Assert.NotEqual(FeatureFingerprint.Of(WithZorgons), FeatureFingerprint.Of(reweighted));
        Assert.Equal(FeatureFingerprint.Current, FeatureFingerprint.Of(Lexicon.Default));
    }

    private static byte[] Save(TrainedModel model)
    {
        using var buffer = new MemoryStream();
        model.Save(buffer);
        return buffer.ToArray();
    }
}
