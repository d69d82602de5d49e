using SpeechActClassifier.Features;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Model;

/// <summary>
/// What a model says about itself (the manifest of its model file, and the <c>manifest.json</c> of its ML.NET bundle):
/// the format, the classes, the features it expects and how it was trained. Loading checks it before reading a tree.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The manifest format this library writes and reads (independent of the model file layout version).</summary>
    internal const int CurrentFormatVersion = 2;

    /// <summary>The manifest format version.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The class names in class-index order (the values of <see cref="SpeechActLabel"/>).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Number of features the models read (<see cref="Features.FeatureLayout.Width"/> when trained).</summary>
    public int FeatureWidth { get; init; }

    /// <summary>Number of cue categories when trained; the cue blocks of the layout are sized by it.</summary>
    public int CueCategoryCount { get; init; }

    /// <summary>Number of hashed n-gram slots (<see cref="Features.FeatureLayout.HashSlots"/>).</summary>
    public int HashSlots { get; init; }

    /// <summary>How n-grams are hashed (<see cref="Features.FeatureLayout.HashFunction"/>).</summary>
    public string HashFunction { get; init; } = string.Empty;

    /// <summary>
    /// SHA-256 of everything the features depend on besides the text: lexicons, composite rules, the decision
    /// procedure's thresholds, the matcher's and layout's constants and the layout version. Loading refuses a model
    /// whose fingerprint is not this library's: retrain it after editing any of them.
    /// </summary>
    public string FeatureFingerprint { get; init; } = string.Empty;

    /// <summary>
    /// The weights the label is chosen with: the class whose probability times its weight is largest. Tuned on
    /// held-out folds of the training data for macro-F1, so a rare class is not drowned out by the common one.
    /// </summary>
    public DecisionWeights DecisionWeights { get; init; } = DecisionWeights.None;

    /// <summary>The FastTree settings of every one-versus-rest model.</summary>
    public FastTreeHyperParameters? HyperParameters { get; init; }

    /// <summary>Whether the trees could split on the hashed n-gram block.</summary>
    public bool UsesHashedNgrams { get; init; } = true;

    /// <summary>The <c>MLContext</c> and FastTree seed.</summary>
    public int Seed { get; init; }

    /// <summary>Number of labelled sentences trained on.</summary>
    public int TrainingRows { get; init; }

    /// <summary>
    /// SHA-256 of each class model entry of the ML.NET bundle the model was saved in, by entry name. Loading a bundle
    /// checks them before ML.NET reads a byte, so a damaged bundle is refused with a <see cref="ModelFormatException"/>
    /// instead of reaching ML.NET's reader. Empty in a model file (<c>speechact-model.bin</c>), which its own checksum
    /// guards, so that the file depends on the model alone.
    /// </summary>
    public IReadOnlyDictionary<string, string> EntrySha256 { get; init; } = new Dictionary<string, string>();

    /// <summary>The labelled files trained on, with their SHA-256; empty when trained from sentences in memory.</summary>
    public IReadOnlyList<LabelledFile> TrainingFiles { get; init; } = [];

    /// <summary>
    /// Throws unless a model with this manifest can run on this build of the library: the format version, the labels,
    /// the feature layout and fingerprint, and the decision weights.
    /// </summary>
    /// <param name="origin">How error messages name the model, e.g. "Model file 'models/speechact-model.bin'".</param>
    /// <param name="lexicon">The lexicon the model is to read its cues with, <see langword="null"/> for the embedded one; its fingerprint must be the model's.</param>
    /// <exception cref="ModelFormatException">The model cannot run here; the message says what to do.</exception>
    internal void EnsureRunnable(string origin, Lexicon? lexicon)
    {
        const string RetrainAdvice = "Retrain it with `speechact train seeds/labelled.tsv data/corpus.tsv --out models/`.";
        if (FormatVersion != CurrentFormatVersion)
        {
            throw new ModelFormatException($"{origin} has manifest format version {FormatVersion}; this library reads version {CurrentFormatVersion}. {RetrainAdvice}");
        }

        var expectedLabels = new string[ClassProbabilities.ClassCount];
        for (var k = 0; k < expectedLabels.Length; k++)
        {
            expectedLabels[k] = ((SpeechActLabel)k).ToString();
        }

        if (Labels is null || !Labels.SequenceEqual(expectedLabels))
        {
            throw new ModelFormatException($"{origin} was trained for the labels [{string.Join(", ", Labels ?? [])}]; this library uses [{string.Join(", ", expectedLabels)}]. {RetrainAdvice}");
        }

        if (FeatureWidth != FeatureLayout.Width || HashSlots != FeatureLayout.HashSlots || CueCategoryCount != FeatureLayout.CategoryCount)
        {
            throw new ModelFormatException(
                $"{origin} was trained on {FeatureWidth} features ({CueCategoryCount} cue categories, {HashSlots} hash slots); " +
                $"this library extracts {FeatureLayout.Width} ({FeatureLayout.CategoryCount} cue categories, {FeatureLayout.HashSlots} hash slots). " +
                $"The model is from another version of the library. {RetrainAdvice}");
        }

        // A lexicon of the caller's is fingerprinted apart from the embedded one's files, so it never gives Current.
        var expected = Model.FeatureFingerprint.Of(lexicon);
        var custom = expected != Model.FeatureFingerprint.Current;
        if (FeatureFingerprint != expected && custom)
        {
            throw new ModelFormatException(
                $"{origin} was not trained with the lexicon given to load it with (feature fingerprint {Abbreviated(FeatureFingerprint)}; " +
                $"with that lexicon it would be {Abbreviated(expected)}): the model only reads cues of the lexicon it was trained with. " +
                "Train a model with this lexicon (TrainingOptions.Lexicon in SpeechActClassifier.Training), or load this one without a lexicon.");
        }

        if (FeatureFingerprint != expected)
        {
            throw new ModelFormatException(
                $"{origin} was trained on features of other lexicons, rules or thresholds (feature fingerprint {Abbreviated(FeatureFingerprint)}; " +
                $"this library's is {Abbreviated(Model.FeatureFingerprint.Current)}), so its trees would read shifted features. If it was trained with a lexicon of your own, load it with SecuritizationClassifier.Load(path, lexicon); otherwise retrain it with this version of the library. {RetrainAdvice}");
        }

        if (DecisionWeights is not { } weights || !weights.AreValid())
        {
            throw new ModelFormatException($"{origin}: its manifest has no valid decision weights (each must be positive and finite). {RetrainAdvice}");
        }
    }

    private static string Abbreviated(string? fingerprint) =>
        string.IsNullOrEmpty(fingerprint) ? "none" : fingerprint[..Math.Min(12, fingerprint.Length)];
}
