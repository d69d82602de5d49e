using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Tests.Model;

public sealed class ModelLoadingTests
{
    [Fact]
    public void ASavedModelLoadsBackWithTheSamePredictions()
    {
        var loaded = SecuritizationClassifier.Load(new MemoryStream(ModelTestData.SmallModelBytes()));
        Assert.Equal(ModelTestData.SmallModel.Manifest.HyperParameters, loaded.Manifest.HyperParameters);
        foreach (var sentence in ModelTestData.Seeds)
        {
            Assert.Equal(ModelTestData.SmallModel.Classify(sentence.Text), loaded.Classify(sentence.Text));
        }
    }

    [Fact]
    public void AMissingFileIsAModelFormatException()
    {
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".zip")));
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("speechact train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyStreamIsAModelFormatException() =>
        Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream()));

    [Fact]
    public void ATextFileIsAModelFormatException() =>
        Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(Encoding.UTF8.GetBytes("id\tlabel\tsource\ttext\n"))));

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public void ATruncatedBundleIsAModelFormatException(double keptFraction)
    {
        var bytes = ModelTestData.SmallModelBytes();
        var truncated = bytes.AsSpan(0, (int)(bytes.Length * keptFraction)).ToArray();
        Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(truncated)));
    }

    [Fact]
    public void AForeignZipIsAModelFormatException()
    {
        var zip = BuildZip(("readme.txt", "not a model"u8.ToArray()));
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(zip)));
        Assert.Contains("manifest.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongFeatureWidthIsAModelFormatException()
    {
        var bytes = RewriteManifest(ModelTestData.SmallModelBytes(), manifest => manifest["featureWidth"] = 12);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedInnerModelIsAModelFormatException()
    {
        var bytes = ReplaceEntry(ModelTestData.SmallModelBytes(), "ThreatFraming.zip", "garbage"u8.ToArray());
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("ThreatFraming.zip", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherFormatVersionIsAModelFormatException()
    {
        var bytes = RewriteManifest(ModelTestData.SmallModelBytes(), manifest => manifest["formatVersion"] = 99);
        Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
    }

    [Fact]
    public void AModelOfOtherLexiconsRulesOrThresholdsIsRefusedWithAdviceToRetrain()
    {
        // What a model trained before a lexicon edit or a threshold change looks like: the same width, another fingerprint.
        var bytes = RewriteManifest(ModelTestData.SmallModelBytes(), manifest => manifest["featureFingerprint"] = new string('0', 64));
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("fingerprint", error.Message, StringComparison.Ordinal);
        Assert.Contains("speechact train", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void DecisionWeightsThatAreNotPositiveAreAModelFormatException(double weight)
    {
        var bytes = RewriteManifest(ModelTestData.SmallModelBytes(), manifest => manifest["decisionWeights"]!["securitizingMove"] = weight);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("decision weights", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SavedDecisionWeightsChooseTheLabelAfterLoading()
    {
        // A weight that makes SecuritizingMove win wherever it has any probability shows the loaded model applies it.
        var bytes = RewriteManifest(ModelTestData.SmallModelBytes(), manifest => manifest["decisionWeights"]!["securitizingMove"] = 1e6);
        var loaded = SecuritizationClassifier.Load(new MemoryStream(bytes));
        Assert.All(ModelTestData.Seeds.Take(20), s => Assert.Equal(SpeechActLabel.SecuritizingMove, loaded.Classify(s.Text).Label));
    }

    [Fact]
    public void RandomBytesAreAModelFormatExceptionThatSaysWhatToDo()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("speechact train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABundleWithoutOneClassModelNamesTheMissingEntry()
    {
        var bytes = RemoveEntry(ModelTestData.SmallModelBytes(), "SecuritizingMove.zip");
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("SecuritizingMove.zip", error.Message, StringComparison.Ordinal);
        Assert.Contains("incomplete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedLoadLeavesTheDefaultAndLaterLoadsWorking()
    {
        var good = ModelTestData.SmallModelBytes();
        Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(good.AsSpan(0, good.Length / 2).ToArray())));

        Assert.Equal(SpeechActLabel.SecuritizingMove, SecuritizationClassifier.Default.Classify("NATO identifies Russia as a new source of threat.").Label);
        var reloaded = SecuritizationClassifier.Load(new MemoryStream(good));
        Assert.Equal(ModelTestData.SmallModel.Classify("War is coming."), reloaded.Classify("War is coming."));
    }

    private static byte[] RemoveEntry(byte[] bundle, string name)
    {
        using var buffer = new MemoryStream();
        buffer.Write(bundle);
        using (var archive = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(name)!.Delete();
        }

        return buffer.ToArray();
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

    private static byte[] RewriteManifest(byte[] bundle, Action<JsonObject> edit)
    {
        using var archive = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(reader.ReadToEnd())!.AsObject();
        edit(manifest);
        return ReplaceEntry(bundle, "manifest.json", Encoding.UTF8.GetBytes(manifest.ToJsonString()));
    }

    private static byte[] ReplaceEntry(byte[] bundle, string name, byte[] content)
    {
        using var source = new ZipArchive(new MemoryStream(bundle), ZipArchiveMode.Read);
        var entries = source.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, e.FullName == name ? content : copy.ToArray());
        }).ToArray();
        return BuildZip(entries);
    }
}
