using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Tests.Model;

/// <summary>The core's model file (<c>speechact-model.bin</c>): what loads, and how every kind of wrong file is refused.</summary>
public sealed class ModelLoadingTests
{
    /// <summary>Magic (8), version (4), manifest length (4): where the manifest starts.</summary>
    private const int ManifestStart = 16;

    [Fact]
    public void ASavedModelLoadsBackWithTheSamePredictions()
    {
        var loaded = SecuritizationClassifier.Load(new MemoryStream(ModelTestData.SmallModelBytes()));
        Assert.Equal(ModelTestData.SmallModel.Manifest.HyperParameters, loaded.Manifest.HyperParameters);
        Assert.Equal(ModelTestData.SmallModel.Manifest.DecisionWeights, loaded.Manifest.DecisionWeights);
        foreach (var sentence in ModelTestData.Seeds)
        {
            Assert.Equal(ModelTestData.SmallModel.Classify(sentence.Text), loaded.Classify(sentence.Text));
        }
    }

    [Fact]
    public void TheFileStartsWithTheDocumentedHeader()
    {
        // docs/model-format.md: "SACMODEL", then format version 1 and the manifest's length, little-endian.
        var bytes = ModelTestData.SmallModelBytes();
        Assert.Equal("SACMODEL"u8.ToArray(), bytes[..8]);
        Assert.Equal(1, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)));
        var manifestLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12));
        var manifest = JsonNode.Parse(bytes.AsSpan(ManifestStart, manifestLength))!.AsObject();
        Assert.Equal(2, (int)manifest["formatVersion"]!);
        Assert.Equal(3, BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(ManifestStart + manifestLength)));
        Assert.Equal(SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32)), bytes[^32..]);
    }

    [Fact]
    public void AMissingFileIsAModelFormatException()
    {
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".bin")));
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("speechact train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyStreamIsAModelFormatException() =>
        Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream()));

    [Fact]
    public void ATextFileIsRefusedAsForeign()
    {
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(Encoding.UTF8.GetBytes("id\tlabel\tsource\ttext\n"))));
        Assert.Contains("not a SpeechActClassifier model file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMlNetBundleIsRefusedWithThePointerToTheModelFile()
    {
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(ModelTestData.SmallBundleBytes())));
        Assert.Contains("speechact-model.bin", error.Message, StringComparison.Ordinal);
        Assert.Contains("SpeechActClassifier.Training", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void ATruncatedFileIsDamaged(double keptFraction)
    {
        var bytes = ModelTestData.SmallModelBytes();
        var truncated = bytes.AsSpan(0, (int)(bytes.Length * keptFraction)).ToArray();
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(truncated)));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneChangedByteIsCaughtByTheChecksum()
    {
        var bytes = ModelTestData.SmallModelBytes();

        // A byte inside the trees, where a change would otherwise load as a silently different model.
        bytes[bytes.Length - 100] ^= 0x01;
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileFromANewerVersionSaysToUpdateThePackage()
    {
        var bytes = ModelTestData.SmallModelBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 2);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Contains("Update the SpeechActClassifier package", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongFeatureWidthIsAModelFormatException()
    {
        var bytes = RewriteManifest(ModelTestData.SmallModelBytes(), manifest => manifest["featureWidth"] = 12);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("features", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherManifestVersionIsAModelFormatException()
    {
        var bytes = RewriteManifest(ModelTestData.SmallModelBytes(), manifest => manifest["formatVersion"] = 99);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("manifest format version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestThatIsNotJsonIsAModelFormatException()
    {
        var bytes = ReplaceManifest(ModelTestData.SmallModelBytes(), "{not json"u8.ToArray());
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(bytes)));
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
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
    public void ATreeWhoseChildPointsBackIsRefusedEvenWithAValidChecksum()
    {
        // A crafted file: the first tree's root sends its left branch back to itself, a walk that would never end.
        var bytes = ModelTestData.SmallModelBytes();
        var firstNode = FirstNodeOffset(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(firstNode + 8), 0);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(Resealed(bytes))));
        Assert.Contains("not a valid model", error.Message, StringComparison.Ordinal);
        Assert.Contains("node 0 points to node 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHugeTreeCountIsRefusedBeforeAnythingIsAllocated()
    {
        var bytes = ModelTestData.SmallModelBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(FirstNodeOffset(bytes) - 8), int.MaxValue);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(Resealed(bytes))));
        Assert.Contains("tree count is 2147483647", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeatureBeyondTheLayoutIsRefused()
    {
        var bytes = ModelTestData.SmallModelBytes();
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(FirstNodeOffset(bytes)), 1_000_000);
        var error = Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(Resealed(bytes))));
        Assert.Contains("tests feature 1000000", error.Message, StringComparison.Ordinal);
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
    public void AFailedLoadLeavesTheDefaultAndLaterLoadsWorking()
    {
        var good = ModelTestData.SmallModelBytes();
        Assert.Throws<ModelFormatException>(() => SecuritizationClassifier.Load(new MemoryStream(good.AsSpan(0, good.Length / 2).ToArray())));

        Assert.Equal(SpeechActLabel.SecuritizingMove, SecuritizationClassifier.Default.Classify("NATO identifies Russia as a new source of threat.").Label);
        var reloaded = SecuritizationClassifier.Load(new MemoryStream(good));
        Assert.Equal(ModelTestData.SmallModel.Classify("War is coming."), reloaded.Classify("War is coming."));
    }

    /// <summary>Where the first class's first tree's first node starts: after the manifest, the class count, three doubles, the tree count and the node count.</summary>
    private static int FirstNodeOffset(byte[] bytes) =>
        ManifestStart + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(12)) + 4 + (3 * 8) + 4 + 4;

    private static byte[] RewriteManifest(byte[] file, Action<JsonObject> edit)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12));
        var manifest = JsonNode.Parse(file.AsSpan(ManifestStart, length))!.AsObject();
        edit(manifest);
        return ReplaceManifest(file, Encoding.UTF8.GetBytes(manifest.ToJsonString()));
    }

    /// <summary>The file with another manifest, its length and checksum made to match, as a buggy or hostile writer would make it.</summary>
    private static byte[] ReplaceManifest(byte[] file, byte[] manifest)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(12));
        var rest = file.AsSpan(ManifestStart + length, file.Length - 32 - ManifestStart - length);
        var body = new byte[ManifestStart + manifest.Length + rest.Length + 32];
        file.AsSpan(0, 12).CopyTo(body);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(12), manifest.Length);
        manifest.CopyTo(body, ManifestStart);
        rest.CopyTo(body.AsSpan(ManifestStart + manifest.Length));
        return Resealed(body);
    }

    /// <summary>Recomputes the trailing SHA-256 in place.</summary>
    private static byte[] Resealed(byte[] file)
    {
        SHA256.HashData(file.AsSpan(0, file.Length - 32), file.AsSpan(file.Length - 32));
        return file;
    }
}
