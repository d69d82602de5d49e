using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using SpeechActClassifier.MlNet;
using SpeechActClassifier.Model;
using SpeechActClassifier.Tests.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

/// <summary>The training package's side of the model: the ML.NET bundle, the export to the core's file, and the interop transformer.</summary>
public sealed class MlNetBundleTests
{
    [Fact]
    public void TheEmbeddedModelFileIsTheExportOfTheCommittedBundle()
    {
        // The library embeds models/speechact-model.bin; it must be the same model as the ML.NET artefact beside it,
        // byte for byte, so the bundle's model card and figures describe what the library runs.
        using var exported = new MemoryStream();
        ModelTestData.EmbeddedBundle.Save(exported);
        Assert.True(File.ReadAllBytes(RepositoryPaths.ModelFile).AsSpan().SequenceEqual(exported.ToArray()),
            "models/speechact-model.bin is not the export of models/speechact-model.zip; `speechact train ... --out models/` writes both.");
    }

    [Fact]
    public void ABundleLoadsBackWithTheSamePredictions()
    {
        var loaded = TrainedModel.LoadMlNetBundle(new MemoryStream(ModelTestData.SmallBundleBytes()));
        Assert.Equal(ModelTestData.SmallModel.Manifest.FeatureFingerprint, loaded.Manifest.FeatureFingerprint);
        foreach (var sentence in ModelTestData.Seeds)
        {
            Assert.Equal(ModelTestData.SmallModel.Classify(sentence.Text), loaded.Classifier.Classify(sentence.Text));
        }
    }

    [Fact]
    public void AForeignZipNamesTheMissingManifest()
    {
        var zip = BuildZip(("readme.txt", "not a model"u8.ToArray()));
        var error = Assert.Throws<ModelFormatException>(() => TrainedModel.LoadMlNetBundle(new MemoryStream(zip)));
        Assert.Contains("manifest.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedClassModelIsCaughtBeforeMlNetReadsIt()
    {
        var bytes = ReplaceEntry(ModelTestData.SmallBundleBytes(), "ThreatFraming.zip", "garbage"u8.ToArray());
        var error = Assert.Throws<ModelFormatException>(() => TrainedModel.LoadMlNetBundle(new MemoryStream(bytes)));
        Assert.Contains("ThreatFraming.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABundleWithoutOneClassModelNamesTheMissingEntry()
    {
        var bytes = ReplaceEntry(ModelTestData.SmallBundleBytes(), "SecuritizingMove.zip", null);
        var error = Assert.Throws<ModelFormatException>(() => TrainedModel.LoadMlNetBundle(new MemoryStream(bytes)));
        Assert.Contains("SecuritizingMove.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("incomplete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTransformerGivesTheClassifiersProbabilitiesInAnMlNetPipeline()
    {
        var model = ModelTestData.SmallTrainedModel;
        var sentences = ModelTestData.Seeds.Select(s => s.Text).Concat(GeneratedSentences.Create(200, seed: 21)).ToArray();
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromEnumerable(sentences.Select(text => new SentenceRow { Text = text }));
        var scored = model.ToTransformer().Transform(data);

        var columns = Enum.GetValues<SpeechActLabel>().Select(label => scored.GetColumn<float>(MlNetPipeline.ProbabilityColumn(label)).ToArray()).ToArray();
        for (var i = 0; i < sentences.Length; i++)
        {
            var sum = columns.Sum(c => c[i]);
            var expected = model.Classifier.Classify(sentences[i]);
            foreach (var label in Enum.GetValues<SpeechActLabel>())
            {
                Assert.Equal(expected.Probability(label), columns[(int)label][i] / sum, 1e-6);
            }
        }
    }

    private sealed class SentenceRow
    {
        public string Text { get; set; } = string.Empty;
    }

    private static byte[] BuildZip(params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The bundle with entry <paramref name="name"/> replaced by <paramref name="content"/>, or removed when it is null.</summary>
    private static byte[] ReplaceEntry(byte[] bundle, string name, byte[]? content)
    {
        using var source = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read);
        var entries = source.Entries
            .Where(e => e.FullName != name || content is not null)
            .Select(e =>
            {
                using var stream = e.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (e.FullName, e.FullName == name ? content! : copy.ToArray());
            }).ToArray();
        return BuildZip(entries);
    }
}
