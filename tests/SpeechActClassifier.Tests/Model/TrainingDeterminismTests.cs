using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Model;

public sealed class TrainingDeterminismTests
{
    [Fact]
    public void TrainingTwiceOnTheSameDataGivesIdenticalPredictions()
    {
        var options = new TrainingOptions { HyperParameters = ModelTestData.SmallTrees };
        var first = ModelTrainer.Train(ModelTestData.Seeds, options);
        var second = ModelTrainer.Train(ModelTestData.Seeds, options);

        foreach (var sentence in ModelTestData.Seeds)
        {
            Assert.Equal(first.Classify(sentence.Text), second.Classify(sentence.Text));
        }
    }

    [Fact]
    public void TheModelLearnsTheTrainingData()
    {
        // A sanity bound, not a quality claim: a model that cannot fit most of its own training data is broken.
        var correct = ModelTestData.Seeds.Count(s => ModelTestData.SmallModel.Classify(s.Text).Label == s.Label);
        Assert.True(correct > ModelTestData.Seeds.Count * 0.7, $"{correct} of {ModelTestData.Seeds.Count} training sentences right.");
    }

    [Fact]
    public void TheManifestRecordsTheTrainingSettings()
    {
        var manifest = ModelTestData.SmallModel.Manifest;
        Assert.Equal(ModelTestData.SmallTrees, manifest.HyperParameters);
        Assert.Equal(TrainingOptions.DefaultSeed, manifest.Seed);
        Assert.Equal(ModelTestData.Seeds.Count, manifest.TrainingRows);
        Assert.Equal(["Neutral", "ThreatFraming", "SecuritizingMove"], manifest.Labels);
    }
}
