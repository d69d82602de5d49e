using SpeechActClassifier.Training;

namespace SpeechActClassifier.Model;

/// <summary>
/// What a model bundle says about itself (its <c>manifest.json</c>): the format, the classes, the features it
/// expects and how it was trained. The loader checks it before touching the ML.NET models.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The bundle format this library writes and reads.</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>The bundle format version.</summary>
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

    /// <summary>Whether the trees could split on the hashed n-gram block (<see cref="TrainingOptions.UseHashedNgrams"/>).</summary>
    public bool UsesHashedNgrams { get; init; } = true;

    /// <summary>The <c>MLContext</c> and FastTree seed.</summary>
    public int Seed { get; init; }

    /// <summary>Number of labelled sentences trained on.</summary>
    public int TrainingRows { get; init; }

    /// <summary>
    /// SHA-256 of each class model entry of the bundle, by entry name. Loading checks them before ML.NET reads a byte,
    /// so a damaged bundle is refused with a <see cref="ModelFormatException"/> instead of reaching ML.NET's reader.
    /// </summary>
    public IReadOnlyDictionary<string, string> EntrySha256 { get; init; } = new Dictionary<string, string>();

    /// <summary>The labelled files trained on, with their SHA-256; empty when trained from sentences in memory.</summary>
    public IReadOnlyList<LabelledFile> TrainingFiles { get; init; } = [];
}
