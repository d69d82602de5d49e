using SpeechActClassifier.Features;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>
/// Trains a model from labelled sentences: three one-versus-rest FastTree binary models over the library's cue and
/// n-gram features, with given settings. <c>speechact train</c> chooses the settings and decision weights by grouped
/// cross-validation first; this class trains one model with the settings it is given. Save the result with
/// <see cref="TrainedModel.Save(string)"/> and load it with <see cref="SecuritizationClassifier.Load(string)"/>.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Trains on the labelled TSV files at <paramref name="paths"/>, recording each file's SHA-256 in the model.</summary>
    /// <param name="paths">One or more labelled TSV files (see <see cref="LabelledSentenceReader"/>); ids must be unique across them.</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The trained model.</returns>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="LabelledDataException">A file is empty or malformed, or ids repeat.</exception>
    public static TrainedModel TrainFromFiles(IReadOnlyList<string> paths, TrainingOptions? options = null)
    {
        var corpus = LabelledCorpus.Read(paths);
        return Train(corpus.Sentences, options, corpus.Files);
    }

    /// <summary>Trains on <paramref name="sentences"/>.</summary>
    /// <param name="sentences">Labelled sentences; every class should occur.</param>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <param name="files">The files the sentences came from, recorded in the manifest; <see langword="null"/> when unknown.</param>
    /// <returns>The trained model.</returns>
    public static TrainedModel Train(IReadOnlyList<LabelledSentence> sentences, TrainingOptions? options = null, IReadOnlyList<LabelledFile>? files = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        options ??= new TrainingOptions();
        var features = OneVersusRestTrainer.ExtractFeatures(sentences.Select(s => s.Text).ToList(), TrainedModel.ExtractorFor(options.Lexicon));
        return Train(features, sentences.Select(s => s.Label).ToList(), options, files ?? []);
    }

    /// <summary>Trains on feature vectors already extracted (cross-validation extracts them once for every fold).</summary>
    internal static TrainedModel Train(IReadOnlyList<float[]> features, IReadOnlyList<SpeechActLabel> labels, TrainingOptions options, IReadOnlyList<LabelledFile> files)
    {
        if (!options.DecisionWeights.AreValid())
        {
            throw new ArgumentException($"Decision weights must be positive and finite: {options.DecisionWeights}.", nameof(options));
        }

        var model = OneVersusRestTrainer.Train(features, labels, options);
        var manifest = new ModelManifest
        {
            Labels = Enum.GetValues<SpeechActLabel>().Order().Select(l => l.ToString()).ToList(),
            FeatureWidth = FeatureLayout.Width,
            CueCategoryCount = FeatureLayout.CategoryCount,
            HashSlots = FeatureLayout.HashSlots,
            HashFunction = FeatureLayout.HashFunction,
            FeatureFingerprint = FeatureFingerprint.Of(options.Lexicon),
            HyperParameters = options.HyperParameters,
            UsesHashedNgrams = options.UseHashedNgrams,
            DecisionWeights = options.DecisionWeights,
            Seed = options.Seed,
            TrainingRows = labels.Count,
            TrainingFiles = files,
        };
        return new TrainedModel(model, manifest, options.Lexicon);
    }
}
