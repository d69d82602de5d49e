using Microsoft.ML;
using SpeechActClassifier.Features;
using SpeechActClassifier.MlNet;
using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Training;

/// <summary>
/// A model trained with ML.NET: the three one-versus-rest FastTree models, their manifest, and the
/// <see cref="SecuritizationClassifier"/> that runs them without ML.NET. Save it with <see cref="Save(string)"/> for
/// the core package (<see cref="SecuritizationClassifier.Load(string)"/>), keep the ML.NET bundle with
/// <see cref="SaveMlNetBundle(string)"/>, or use it in an ML.NET pipeline through <see cref="ToTransformer"/>.
/// </summary>
/// <example>
/// <code>
/// var model = ModelTrainer.TrainFromFiles(["my-labels.tsv"]);
/// model.Save("my-model.bin");
/// var classifier = SecuritizationClassifier.Load("my-model.bin");
/// </code>
/// </example>
public sealed class TrainedModel
{
    private readonly ClassTrees[] _classes;

    /// <summary>The features the models were trained on: the lexicon's matcher and the extractor over it.</summary>
    private readonly FeatureExtractor _extractor;

    internal TrainedModel(OneVersusRestModel models, ModelManifest manifest, Lexicon lexicon)
    {
        Models = models;
        Manifest = manifest;
        Lexicon = lexicon;
        _extractor = ExtractorFor(lexicon);
        _classes = MlNetTreeExport.Export(models);
        Classifier = new SecuritizationClassifier(_classes, manifest, _extractor.Matcher);
    }

    /// <summary>The lexicon the features were read with; pass it to <see cref="SecuritizationClassifier.Load(string, Lexicon)"/> unless it is <see cref="Lexicon.Default"/>.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>What the model says about itself: features, hyper-parameters, decision weights, seed, training files.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The classifier over this model, as the core package runs it.</summary>
    public SecuritizationClassifier Classifier { get; }

    /// <summary>The ML.NET models, one per class, for saving and as the reference the core must reproduce.</summary>
    internal OneVersusRestModel Models { get; }

    /// <summary>Writes the model file the core package loads (<c>speechact-model.bin</c>), replacing any file at <paramref name="path"/>.</summary>
    /// <param name="path">Where to write.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes the model file the core package loads to <paramref name="stream"/>, which is left open.</summary>
    /// <param name="stream">A writable stream.</param>
    public void Save(Stream stream) =>

        // The bundle's entry hashes describe the bundle, not this file; leaving them out makes the file depend on the
        // model alone, whichever was saved first.
        ModelFile.Write(Manifest with { EntrySha256 = new Dictionary<string, string>() }, _classes, stream);

    /// <summary>Writes the ML.NET bundle (<c>speechact-model.zip</c>): the manifest and the three ML.NET models.</summary>
    /// <param name="path">Where to write, replacing any file there.</param>
    public void SaveMlNetBundle(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        SaveMlNetBundle(stream);
    }

    /// <summary>Writes the ML.NET bundle to <paramref name="stream"/>, which is left open.</summary>
    /// <param name="stream">A writable stream.</param>
    public void SaveMlNetBundle(Stream stream) => ModelBundle.Save(Models, Manifest, stream);

    /// <summary>Loads an ML.NET bundle written by <see cref="SaveMlNetBundle(string)"/> or <c>speechact train</c>.</summary>
    /// <param name="path">The bundle's path.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ModelFormatException">The file is missing, damaged, not a bundle, or for other features.</exception>
    public static TrainedModel LoadMlNetBundle(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ModelFormatException($"Model bundle '{path}' not found. Train one with `speechact train seeds/labelled.tsv data/corpus.tsv --out models/`.");
        }

        using var stream = File.OpenRead(path);
        return LoadMlNetBundle(stream, $"Model bundle '{path}'");
    }

    /// <summary>Loads an ML.NET bundle from a stream, which is read and left open.</summary>
    /// <param name="stream">The bundle's bytes.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ModelFormatException">The bytes are damaged, not a bundle, or for other features.</exception>
    public static TrainedModel LoadMlNetBundle(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return LoadMlNetBundle(stream, "The model bundle stream");
    }

    /// <summary>
    /// The model as an ML.NET transformer: it reads a text column named <c>Text</c> and adds the feature vector
    /// (<c>Features</c>) and each class's calibrated one-versus-rest probability (<c>NeutralProbability</c>,
    /// <c>ThreatFramingProbability</c>, <c>SecuritizingMoveProbability</c>; divide by their sum for the
    /// distribution <see cref="SecuritizationClassifier"/> reports). Use it in an IDataView pipeline of your own.
    /// </summary>
    /// <returns>A transformer in this model's <c>MLContext</c>. Its featurization is a custom mapping, so it can be applied but not saved by ML.NET.</returns>
    public ITransformer ToTransformer() => MlNetPipeline.Create(Models, _extractor);

    /// <summary>
    /// Classifies with ML.NET's <c>PredictionEngine</c>s over the full feature vector instead of the compiled trees:
    /// the reference the core must reproduce, and a baseline of the benchmarks.
    /// </summary>
    internal SentenceClassification ClassifyWithMlNet(ReadOnlySpan<char> sentence)
    {
        // The full layout with n-grams is about 16 KB: it fits the stack.
        Span<float> features = stackalloc float[FeatureLayout.Width];
        _extractor.Extract(sentence, features, Manifest.UsesHashedNgrams);
        return SecuritizationClassifier.Score(features, Models, Manifest.DecisionWeights);
    }

    private static TrainedModel LoadMlNetBundle(Stream stream, string origin)
    {
        var (manifest, models) = ModelBundle.Load(stream, origin);
        return new TrainedModel(models, manifest, Lexicon.Default);
    }

    /// <summary>The extractor over <paramref name="lexicon"/>: the shared default one for the embedded lexicon.</summary>
    internal static FeatureExtractor ExtractorFor(Lexicon lexicon)
    {
        var matcher = CueMatcher.For(lexicon);
        return matcher == CueMatcher.Default ? FeatureExtractor.Default : new FeatureExtractor(matcher);
    }
}
