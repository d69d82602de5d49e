using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Model;

/// <summary>
/// Reads and writes the model file the library runs (<c>speechact-model.bin</c>): the manifest and, per class, the
/// trees, bias and calibrator, in the little-endian layout of <c>docs/model-format.md</c>, closed by a SHA-256 of
/// every byte before it. Reading needs neither ML.NET nor reflection. Every way a file can be wrong ends in a
/// <see cref="ModelFormatException"/> that says what to do.
/// </summary>
internal static class ModelFile
{
    /// <summary>The version of the layout this library writes and reads.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The largest file the reader accepts; the embedded model is about 28 KB.</summary>
    public const int MaxLength = 64 << 20;

    /// <summary>The first eight bytes of every model file.</summary>
    public static ReadOnlySpan<byte> Magic => "SACMODEL"u8;

    private const int ChecksumLength = SHA256.HashSizeInBytes;

    /// <summary>Magic, version and manifest length: the bytes before the manifest.</summary>
    private const int HeaderLength = 8 + 4 + 4;

    /// <summary>Bytes of one internal node: feature, threshold, left child, right child.</summary>
    private const int NodeLength = 16;

    /// <summary>The fewest bytes a tree takes: its node count, one node, its leaf count and two leaves.</summary>
    private const int MinTreeLength = 4 + NodeLength + 4 + (2 * 8);

    private const string RetrainAdvice = "Rebuild it with `speechact train seeds/labelled.tsv data/corpus.tsv --out models/` and pass the speechact-model.bin it writes.";

    /// <summary>Writes <paramref name="manifest"/> and <paramref name="classes"/> (indexed by <see cref="SpeechActLabel"/> value) to <paramref name="destination"/>.</summary>
    public static void Write(ModelManifest manifest, IReadOnlyList<ClassTrees> classes, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(destination);
        var json = JsonSerializer.SerializeToUtf8Bytes(manifest, ModelJsonContext.Default.ModelManifest);
        using var buffer = new MemoryStream();
        buffer.Write(Magic);
        WriteInt32(buffer, CurrentVersion);
        WriteInt32(buffer, json.Length);
        buffer.Write(json);
        WriteInt32(buffer, classes.Count);
        foreach (var model in classes)
        {
            WriteDouble(buffer, model.Bias);
            WriteDouble(buffer, model.PlattSlope);
            WriteDouble(buffer, model.PlattOffset);
            WriteInt32(buffer, model.Trees.Count);
            foreach (var tree in model.Trees)
            {
                WriteInt32(buffer, tree.Nodes.Length);
                foreach (var node in tree.Nodes)
                {
                    WriteInt32(buffer, node.Feature);
                    WriteSingle(buffer, node.Threshold);
                    WriteInt32(buffer, node.Left);
                    WriteInt32(buffer, node.Right);
                }

                WriteInt32(buffer, tree.Leaves.Length);
                foreach (var leaf in tree.Leaves)
                {
                    WriteDouble(buffer, leaf);
                }
            }
        }

        buffer.Write(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    /// <summary>Reads a model file from <paramref name="source"/> to its end, naming it <paramref name="origin"/> in error messages.</summary>
    /// <param name="source">The file's bytes.</param>
    /// <param name="origin">How error messages name the file.</param>
    /// <param name="lexicon">The lexicon the model will read its cues with; <see langword="null"/> for the embedded one.</param>
    /// <exception cref="ModelFormatException">The bytes are not a model file this library can run, and the message says why.</exception>
    public static (ModelManifest Manifest, ClassTrees[] Classes) Read(Stream source, string origin, Lexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = ReadAll(source, origin);
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new ModelFormatException(bytes.AsSpan().StartsWith("PK\u0003\u0004"u8)
                ? $"{origin} is a zip file, such as the ML.NET bundle (speechact-model.zip) that `speechact train` keeps as its training artefact; this library runs the speechact-model.bin written beside it. Pass that file, or load the bundle with the SpeechActClassifier.Training package."
                : $"{origin} is not a SpeechActClassifier model file (it does not start with \"SACMODEL\"). {RetrainAdvice}");
        }

        if (bytes.Length < HeaderLength)
        {
            throw Damaged(origin, "it ends inside its header");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(Magic.Length));
        if (version > CurrentVersion)
        {
            throw new ModelFormatException(
                $"{origin} has model file format {version}, written by a newer SpeechActClassifier; this version reads format {CurrentVersion}. " +
                "Update the SpeechActClassifier package, or retrain the model with this version's `speechact train`.");
        }

        if (version != CurrentVersion)
        {
            throw new ModelFormatException($"{origin} has model file format {version}; this library reads format {CurrentVersion}. {RetrainAdvice}");
        }

        if (bytes.Length < HeaderLength + ChecksumLength)
        {
            throw Damaged(origin, "it is shorter than its checksum");
        }

        var body = bytes.AsSpan(0, bytes.Length - ChecksumLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            throw Damaged(origin, "its SHA-256 is not the one it ends with, so it is truncated or some bytes changed");
        }

        var reader = new ModelFileReader(body, origin, Magic.Length + 4);
        var manifestLength = reader.Count("manifest length", 1);
        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(reader.Bytes(manifestLength), ModelJsonContext.Default.ModelManifest);
        }
        catch (JsonException ex)
        {
            throw new ModelFormatException($"{origin}: its manifest is not valid JSON ({ex.Message}). {RetrainAdvice}", ex);
        }

        if (manifest is null)
        {
            throw new ModelFormatException($"{origin}: its manifest is empty. {RetrainAdvice}");
        }

        manifest.EnsureRunnable(origin, lexicon);
        var classCount = reader.Count("class count", 3 * 8 + 4);
        if (classCount != ClassProbabilities.ClassCount)
        {
            throw new ModelFormatException($"{origin} holds {classCount} class models; this library's models have {ClassProbabilities.ClassCount}, one per label. {RetrainAdvice}");
        }

        var classes = new ClassTrees[classCount];
        for (var k = 0; k < classCount; k++)
        {
            var where = $"the {(SpeechActLabel)k} model";
            var bias = reader.Double();
            var slope = reader.Double();
            var offset = reader.Double();
            if (!double.IsFinite(bias) || !double.IsFinite(slope) || !double.IsFinite(offset))
            {
                throw Invalid(origin, $"{where} has a non-finite bias or calibrator");
            }

            var trees = new FlatTree[reader.Count($"{where}'s tree count", MinTreeLength)];
            for (var t = 0; t < trees.Length; t++)
            {
                trees[t] = ReadTree(ref reader, manifest.FeatureWidth, $"{where}, tree {t}");
            }

            classes[k] = new ClassTrees(bias, slope, offset, trees);
        }

        if (!reader.AtEnd)
        {
            throw Invalid(origin, "bytes follow the last tree");
        }

        return (manifest, classes);
    }

    private static FlatTree ReadTree(ref ModelFileReader reader, int featureWidth, string where)
    {
        var nodes = new TreeNode[reader.Count($"{where}'s node count", NodeLength)];
        if (nodes.Length == 0)
        {
            throw Invalid(reader.Origin, $"{where} has no split");
        }

        for (var n = 0; n < nodes.Length; n++)
        {
            var feature = reader.Int32();
            var threshold = reader.Single();
            var left = reader.Int32();
            var right = reader.Int32();
            if (feature < 0 || feature >= featureWidth || float.IsNaN(threshold))
            {
                throw Invalid(reader.Origin, $"{where}, node {n} tests feature {feature} at {threshold}; features are numbered 0 to {featureWidth - 1}");
            }

            nodes[n] = new TreeNode(feature, threshold, left, right);
        }

        var leaves = new double[reader.Count($"{where}'s leaf count", 8)];
        if (leaves.Length != nodes.Length + 1)
        {
            throw Invalid(reader.Origin, $"{where} has {nodes.Length} splits and {leaves.Length} leaves; a binary tree has one leaf more than splits");
        }

        for (var l = 0; l < leaves.Length; l++)
        {
            leaves[l] = reader.Double();
            if (!double.IsFinite(leaves[l]))
            {
                throw Invalid(reader.Origin, $"{where}, leaf {l} is not a finite number");
            }
        }

        // Every child must come after its parent, so each walk ends, and each leaf must exist.
        for (var n = 0; n < nodes.Length; n++)
        {
            foreach (var child in (ReadOnlySpan<int>)[nodes[n].Left, nodes[n].Right])
            {
                var valid = child >= 0 ? child > n && child < nodes.Length : ~child < leaves.Length;
                if (!valid)
                {
                    throw Invalid(reader.Origin, $"{where}, node {n} points to {(child >= 0 ? $"node {child}" : $"leaf {~child}")}, which is not below it in the tree");
                }
            }
        }

        return new FlatTree(nodes, leaves);
    }

    private static byte[] ReadAll(Stream source, string origin)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = source.Read(chunk)) > 0)
            {
                if (buffer.Length + read > MaxLength)
                {
                    throw new ModelFormatException($"{origin} is larger than {MaxLength >> 20} MiB, far larger than any model this library writes; it is not a model file. {RetrainAdvice}");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException ex)
        {
            throw new ModelFormatException($"{origin} could not be read: {ex.Message}", ex);
        }

        return buffer.ToArray();
    }

    private static ModelFormatException Damaged(string origin, string why) =>
        new($"{origin} is damaged: {why}. {RetrainAdvice}");

    internal static ModelFormatException Invalid(string origin, string why) =>
        new($"{origin} is not a valid model: {why}. {RetrainAdvice}");

    private static void WriteInt32(Stream stream, int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteSingle(Stream stream, float value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void WriteDouble(Stream stream, double value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(bytes, value);
        stream.Write(bytes);
    }
}
