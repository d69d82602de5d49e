using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Training;

/// <summary>How <see cref="ModelTrainer"/> trains: the lexicon, the FastTree settings, which feature blocks the trees may use, and the seed.</summary>
public sealed record TrainingOptions
{
    /// <summary>The fixed seed of every <c>MLContext</c>, FastTree model and fold split (1, as in ML.NET's samples).</summary>
    public const int DefaultSeed = 1;

    /// <summary>FastTree settings used when a caller trains without a search (mid-grid values; see models/README.md for the chosen ones).</summary>
    public static FastTreeHyperParameters DefaultHyperParameters { get; } = new(50, 4, 5, FastTreeHyperParameters.DefaultLearningRate);

    /// <summary>The FastTree settings of each one-versus-rest model.</summary>
    public FastTreeHyperParameters HyperParameters { get; init; } = DefaultHyperParameters;

    /// <summary>
    /// Whether the trees may split on the hashed n-gram block. When false the block is zeroed at training, so no tree
    /// reads it and the model decides from cue features alone; the vector keeps its width either way.
    /// </summary>
    public bool UseHashedNgrams { get; init; } = true;

    /// <summary>
    /// The decision rule of the trained model (<see cref="ModelManifest.DecisionWeights"/>): all 1 takes the most
    /// probable class; <c>speechact train</c> sets the weights that gave the best macro-F1 on held-out folds.
    /// </summary>
    public DecisionWeights DecisionWeights { get; init; } = DecisionWeights.None;

    /// <summary>
    /// The terms and composite rules whose cues the features count: the embedded lexicon by default, or one of your own
    /// (e.g. <c>Lexicon.Default.Add(Lexicon.Load("my-terms.tsv"))</c>). The manifest records its fingerprint, so the
    /// model loads only with it: <c>SecuritizationClassifier.Load(path, lexicon)</c>.
    /// </summary>
    public Lexicon Lexicon { get; init; } = Lexicon.Default;

    /// <summary>The seed; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>A short form for logs, e.g. <c>trees=50 leaves=4 minLeaf=5 lr=0.2 ngrams=on</c>.</summary>
    /// <returns>The settings as text.</returns>
    public override string ToString() => $"{HyperParameters} ngrams={(UseHashedNgrams ? "on" : "off")}";
}
