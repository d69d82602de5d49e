using System.Security.Cryptography;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>
/// Trains a <see cref="SecuritizationClassifier"/> from labelled sentences: three one-versus-rest FastTree binary
/// models over the features of <see cref="FeatureExtractor"/>. Save the result with
/// <see cref="SecuritizationClassifier.Save(string)"/> and load it again with <see cref="SecuritizationClassifier.Load(string)"/>.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Trains on the labelled TSV file at <paramref name="path"/>, recording the file's SHA-256 in the model.</summary>
    /// <param name="path">A labelled TSV file (see <see cref="LabelledSentenceReader"/>).</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The trained classifier.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LabelledDataException">The file is empty or malformed.</exception>
    public static SecuritizationClassifier TrainFromFile(string path, TrainingOptions? options = null)
    {
        var sentences = LabelledSentenceReader.Read(path);
        return Train(sentences, options, Sha256OfFile(path));
    }

    /// <summary>Trains on <paramref name="sentences"/>.</summary>
    /// <param name="sentences">Labelled sentences; every class should occur.</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <param name="trainingDataSha256">The SHA-256 of the file the sentences came from, recorded in the manifest; empty when unknown.</param>
    /// <returns>The trained classifier.</returns>
    public static SecuritizationClassifier Train(IReadOnlyList<LabelledSentence> sentences, TrainingOptions? options = null, string trainingDataSha256 = "")
    {
        ArgumentNullException.ThrowIfNull(sentences);
        options ??= new TrainingOptions();
        var features = OneVersusRestTrainer.ExtractFeatures(sentences.Select(s => s.Text).ToList());
        var model = OneVersusRestTrainer.Train(features, sentences.Select(s => s.Label).ToList(), options);
        var manifest = new ModelManifest
        {
            Labels = Enum.GetValues<SpeechActLabel>().Order().Select(l => l.ToString()).ToList(),
            FeatureWidth = FeatureLayout.Width,
            CueCategoryCount = FeatureLayout.CategoryCount,
            HashSlots = FeatureLayout.HashSlots,
            HashFunction = FeatureLayout.HashFunction,
            LexiconSha256 = LexiconFingerprint.Current,
            HyperParameters = options.HyperParameters,
            UsesHashedNgrams = options.UseHashedNgrams,
            Seed = options.Seed,
            TrainingRows = sentences.Count,
            TrainingDataSha256 = trainingDataSha256 ?? string.Empty,
        };
        return new SecuritizationClassifier(model, manifest);
    }

    /// <summary>Lower-case hex SHA-256 of a file's bytes, as recorded in <see cref="ModelManifest.TrainingDataSha256"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>64 hex digits.</returns>
    public static string Sha256OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }
}
