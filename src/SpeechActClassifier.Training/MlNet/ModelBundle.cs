using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.MlNet;

/// <summary>
/// Reads and writes the ML.NET bundle that training keeps as its artefact: a zip holding <c>manifest.json</c> and one
/// ML.NET model zip per class (see <see cref="ModelResourceNames"/>). Every way a file can be wrong ends in a
/// <see cref="ModelFormatException"/>. The core library runs the model file exported from it (<see cref="ModelFile"/>).
/// </summary>
internal static class ModelBundle
{
    private const string RetrainAdvice = "Rebuild it with `speechact train seeds/labelled.tsv data/corpus.tsv --out models/`, which writes a new speechact-model.zip.";

    // Entries carry a fixed time stamp so that training twice on the same data writes the same bytes.
    private static readonly DateTimeOffset EntryTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes <paramref name="model"/> and <paramref name="manifest"/> as a bundle to <paramref name="destination"/>.</summary>
    /// <returns>The manifest as written: <paramref name="manifest"/> with the SHA-256 of each class model entry.</returns>
    public static ModelManifest Save(OneVersusRestModel model, ModelManifest manifest, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(destination);

        // The class models first, so the manifest can record their hashes and a load can refuse a damaged one before
        // ML.NET's reader, which can loop on some damaged bytes, ever sees it.
        var inputSchema = FeatureRow.ToDataView(model.Context, []).Schema;
        var entries = new byte[ClassProbabilities.ClassCount][];
        for (var k = 0; k < entries.Length; k++)
        {
            using var saved = new MemoryStream();
            model.Context.Model.Save(model.Models[k], inputSchema, saved);
            using var fixedTimes = new MemoryStream();
            WithFixedTimestamps(saved, fixedTimes);
            entries[k] = fixedTimes.ToArray();
        }

        manifest = manifest with
        {
            EntrySha256 = Enumerable.Range(0, entries.Length).ToDictionary(k => ModelResourceNames.ModelEntry((SpeechActLabel)k), k => Sha256(entries[k]), StringComparer.Ordinal),
        };

        using var archive = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        var manifestEntry = archive.CreateEntry(ModelResourceNames.ManifestEntry, CompressionLevel.Optimal);
        manifestEntry.LastWriteTime = EntryTimestamp;
        using (var stream = manifestEntry.Open())
        {
            JsonSerializer.Serialize(stream, manifest, ModelJsonContext.Default.ModelManifest);
        }

        for (var k = 0; k < entries.Length; k++)
        {
            var entry = archive.CreateEntry(ModelResourceNames.ModelEntry((SpeechActLabel)k), CompressionLevel.NoCompression);
            entry.LastWriteTime = EntryTimestamp;
            using var stream = entry.Open();
            stream.Write(entries[k]);
        }

        return manifest;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>
    /// Copies the zip that ML.NET wrote, entry by entry, with <see cref="EntryTimestamp"/> in place of the save time, so
    /// the same model always gives the same bytes.
    /// </summary>
    private static void WithFixedTimestamps(MemoryStream zip, Stream destination)
    {
        zip.Position = 0;
        using var source = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTimestamp;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>Reads a bundle from <paramref name="source"/>, naming it <paramref name="origin"/> in error messages.</summary>
    public static (ModelManifest Manifest, OneVersusRestModel Model) Load(Stream source, string origin)
    {
        ArgumentNullException.ThrowIfNull(source);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);

            // The central directory is read lazily; read it now so a truncated file fails here, with a clear message.
            _ = archive.Entries.Count;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException)
        {
            throw new ModelFormatException($"{origin} is not a zip file, or it is truncated or damaged. {RetrainAdvice}", ex);
        }

        using (archive)
        {
            var manifest = ReadManifest(archive, origin);
            var context = new MLContext(manifest.Seed);
            var models = new ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>>[ClassProbabilities.ClassCount];
            for (var k = 0; k < models.Length; k++)
            {
                models[k] = ReadModel(archive, manifest, context, (SpeechActLabel)k, origin);
            }

            return (manifest, new OneVersusRestModel(context, models));
        }
    }

    private static ModelManifest ReadManifest(ZipArchive archive, string origin)
    {
        var entry = archive.GetEntry(ModelResourceNames.ManifestEntry)
            ?? throw new ModelFormatException($"{origin} is a zip file but not a SpeechActClassifier model bundle: it has no {ModelResourceNames.ManifestEntry}. {RetrainAdvice}");

        ModelManifest? manifest;
        try
        {
            using var stream = entry.Open();
            manifest = JsonSerializer.Deserialize(stream, ModelJsonContext.Default.ModelManifest);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or IOException)
        {
            throw new ModelFormatException($"{origin}: {ModelResourceNames.ManifestEntry} is damaged or not valid JSON. {RetrainAdvice}", ex);
        }

        if (manifest is null)
        {
            throw new ModelFormatException($"{origin}: {ModelResourceNames.ManifestEntry} is empty. {RetrainAdvice}");
        }

        manifest.EnsureRunnable(origin, lexicon: null);
        return manifest;
    }

    private static ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> ReadModel(
        ZipArchive archive, ModelManifest manifest, MLContext context, SpeechActLabel label, string origin)
    {
        var name = ModelResourceNames.ModelEntry(label);
        var entry = archive.GetEntry(name)
            ?? throw new ModelFormatException($"{origin} has no {name}: the bundle is incomplete. {RetrainAdvice}");

        ITransformer transformer;
        DataViewSchema inputSchema;
        try
        {
            // ML.NET reads a model through a seekable stream; a zip entry stream is not one.
            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            if (!manifest.EntrySha256.TryGetValue(name, out var expected) || Sha256(buffer.ToArray()) != expected)
            {
                throw new ModelFormatException($"{origin}: {name} is damaged: its SHA-256 is not the one {ModelResourceNames.ManifestEntry} records. {RetrainAdvice}");
            }

            buffer.Position = 0;
            transformer = context.Model.Load(buffer, out inputSchema);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or ModelFormatException))
        {
            throw new ModelFormatException($"{origin}: {name} is damaged or not an ML.NET model ({ex.GetType().Name}: {ex.Message}). {RetrainAdvice}", ex);
        }

        if (transformer is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> typed)
        {
            throw new ModelFormatException($"{origin}: {name} is an ML.NET model of type {transformer.GetType().Name}, not a calibrated FastTree binary model. {RetrainAdvice}");
        }

        var features = inputSchema.GetColumnOrNull(FeatureRow.FeaturesColumn);
        if (features?.Type is not VectorDataViewType { Size: var size } || size != FeatureLayout.Width)
        {
            throw new ModelFormatException($"{origin}: {name} reads a '{FeatureRow.FeaturesColumn}' column of type {features?.Type.ToString() ?? "none"}; this library writes {FeatureLayout.Width} floats. {RetrainAdvice}");
        }

        return typed;
    }
}
