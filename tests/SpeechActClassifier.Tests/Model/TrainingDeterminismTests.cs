using System.IO.Compression;
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
            Assert.Equal(first.Classifier.Classify(sentence.Text), second.Classifier.Classify(sentence.Text));
        }
    }

    [Fact]
    public void TrainingTwiceOnTheSameDataWritesTheSameBytes()
    {
        var options = new TrainingOptions { HyperParameters = ModelTestData.SmallTrees };
        var firstModel = ModelTrainer.Train(ModelTestData.Seeds, options);
        var secondModel = ModelTrainer.Train(ModelTestData.Seeds, options);
        Assert.Equal(Save(firstModel.Save), Save(secondModel.Save));
        var first = Save(firstModel.SaveMlNetBundle);
        Assert.Equal(first, Save(secondModel.SaveMlNetBundle));

        // Two runs in the same second would match anyway; the save time must not be in the bytes at all.
        using var bundle = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        foreach (var entry in bundle.Entries.Where(e => e.Name.EndsWith(".zip", StringComparison.Ordinal)))
        {
            using var inner = new ZipArchive(entry.Open(), ZipArchiveMode.Read);
            Assert.All(inner.Entries, e => Assert.Equal(2000, e.LastWriteTime.Year));
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

    private static byte[] Save(Action<Stream> save)
    {
        using var buffer = new MemoryStream();
        save(buffer);
        return buffer.ToArray();
    }
}
