using SpeechActClassifier.Training;

namespace SpeechActClassifier.Model;

/// <summary>
/// What a model bundle says about itself (its <c>manifest.json</c>): the format, the classes, the features it
/// expects and how it was trained. The loader checks it before touching the ML.NET models.
/// </summary>
public sealed record ModelManifest
{
    /// <summary>The bundle format this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

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
    /// SHA-256 of the embedded lexicon files the cue features came from. A model trained with other lexicons still
    /// loads (the width is the same) but sees shifted features: retrain it after editing Rules/Lexicons.
    /// </summary>
    public string LexiconSha256 { get; init; } = string.Empty;

    /// <summary>The FastTree settings of every one-versus-rest model.</summary>
    public FastTreeHyperParameters? HyperParameters { get; init; }

    /// <summary>Whether the trees could split on the hashed n-gram block (<see cref="TrainingOptions.UseHashedNgrams"/>).</summary>
    public bool UsesHashedNgrams { get; init; } = true;

    /// <summary>The <c>MLContext</c> and FastTree seed.</summary>
    public int Seed { get; init; }

    /// <summary>Number of labelled sentences trained on.</summary>
    public int TrainingRows { get; init; }

    /// <summary>Lower-case hex SHA-256 of the training TSV file's bytes, or empty when trained from memory.</summary>
    public string TrainingDataSha256 { get; init; } = string.Empty;
}
