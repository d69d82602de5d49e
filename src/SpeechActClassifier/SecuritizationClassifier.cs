using System.Buffers;
using SpeechActClassifier.Documents;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Text;
using SpeechActClassifier.Training;

namespace SpeechActClassifier;

/// <summary>
/// Labels English sentences as <see cref="SpeechActLabel.SecuritizingMove"/>, <see cref="SpeechActLabel.ThreatFraming"/>
/// or <see cref="SpeechActLabel.Neutral"/> with a trained model. Use <see cref="Default"/> for the model built into the
/// library, or <see cref="Load(string)"/> for one trained with <c>speechact train</c>. Every method is thread-safe.
/// </summary>
/// <example>
/// <code>
/// var result = SecuritizationClassifier.Default.Classify("Russia considers NATO enlargement a security threat.");
/// Console.WriteLine($"{result.Label} ({result.Confidence:P0})");
/// </code>
/// </example>
public sealed class SecuritizationClassifier
{
    private static readonly Lazy<SecuritizationClassifier> EmbeddedModel = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly IClassScorer _scorer;
    private readonly OneVersusRestModel _model;

    internal SecuritizationClassifier(OneVersusRestModel model, ModelManifest manifest)
    {
        _model = model;
        _scorer = model;
        Manifest = manifest;
    }

    /// <summary>The classifier over the model embedded in this library, loaded once on first use.</summary>
    /// <exception cref="ModelFormatException">The library was built without a model (run <c>speechact train</c> and rebuild).</exception>
    public static SecuritizationClassifier Default => EmbeddedModel.Value;

    /// <summary>What the model says about itself: features, hyper-parameters, seed, training data hash.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The one-versus-rest models, for saving and for compiling the trees.</summary>
    internal OneVersusRestModel Model => _model;

    /// <summary>Loads a model bundle (<c>speechact-model.zip</c>) from a file.</summary>
    /// <param name="path">The bundle's path.</param>
    /// <returns>A classifier over that model.</returns>
    /// <exception cref="ModelFormatException">The file is missing, damaged, not a model bundle, or for another feature layout.</exception>
    public static SecuritizationClassifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new ModelFormatException($"Model file '{path}' not found. Train one with `speechact train seeds/labelled.tsv --out models/`, or omit the path to use the built-in model.");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, $"Model file '{path}'");
    }

    /// <summary>Loads a model bundle from a stream, which is read to its end and left open.</summary>
    /// <param name="stream">The bundle's bytes.</param>
    /// <returns>A classifier over that model.</returns>
    /// <exception cref="ModelFormatException">The bytes are damaged, not a model bundle, or for another feature layout.</exception>
    public static SecuritizationClassifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Load(stream, "The model stream");
    }

    /// <summary>Classifies one sentence.</summary>
    /// <param name="sentence">One sentence; longer text should be split into sentences first.</param>
    /// <returns>The label and the three class probabilities.</returns>
    public SentenceClassification Classify(ReadOnlySpan<char> sentence)
    {
        Span<Cue> cues = stackalloc Cue[CueMatcher.MaxCues];
        var cueCount = CueMatcher.Default.Match(sentence, cues);
        return Classify(sentence, cues[..cueCount]);
    }

    /// <summary>Classifies one sentence.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <returns>The label and the three class probabilities.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public SentenceClassification Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return Classify(sentence.AsSpan());
    }

    /// <summary>Classifies one sentence and returns the cues behind the decision.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <returns>The classification and the cues, with their offsets in <paramref name="sentence"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public SentenceAnalysis Explain(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var cues = CueMatcher.Default.Match(sentence);
        var buffer = cues.ToArray();
        return new SentenceAnalysis(sentence, Classify(sentence, buffer), cues);
    }

    /// <summary>
    /// Scores a whole document (a news article, a speech): splits it into sentences with <see cref="SentenceSplitter"/>,
    /// classifies each, and summarizes the document.
    /// </summary>
    /// <param name="text">The document's text; plain text, Markdown or light HTML.</param>
    /// <returns>Every sentence with its offsets, label, probabilities and cues (offsets in <paramref name="text"/>), and the summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var score = SecuritizationClassifier.Default.ScoreDocument(File.ReadAllText("article.txt"));
    /// Console.WriteLine($"{score.Summary.SecuritizingMove} securitizing moves, index {score.Summary.SecuritizationIndex:F2}");
    /// </code>
    /// </example>
    public DocumentScore ScoreDocument(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<ScoredSentence>();
        var cues = ArrayPool<Cue>.Shared.Rent(CueMatcher.MaxCues);
        try
        {
            foreach (var range in SentenceSplitter.Enumerate(text))
            {
                var sentence = range.Slice(text);
                var cueCount = CueMatcher.Default.Match(sentence, cues);
                var classification = Classify(sentence, cues.AsSpan(0, cueCount));
                var inDocument = new Cue[cueCount];
                for (var i = 0; i < cueCount; i++)
                {
                    inDocument[i] = cues[i] with { Start = cues[i].Start + range.Start };
                }

                sentences.Add(new ScoredSentence(sentences.Count, range.Start, range.Length, sentence.ToString(), classification, inDocument));
            }
        }
        finally
        {
            ArrayPool<Cue>.Shared.Return(cues);
        }

        return new DocumentScore(sentences, DocumentSummarizer.Summarize(text, sentences));
    }

    /// <summary>
    /// Scores documents one at a time, lazily: each is read from <paramref name="documents"/> only when the caller asks
    /// for its score, so a stream of any size is scored in the memory of one document.
    /// </summary>
    /// <param name="documents">The documents' texts, e.g. <c>File.ReadLines</c> over a file of one article per line.</param>
    /// <returns>One score per document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>; a <see langword="null"/> document throws when it is reached.</exception>
    public IEnumerable<DocumentScore> ScoreDocuments(IEnumerable<string> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Iterate(documents);

        IEnumerable<DocumentScore> Iterate(IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                yield return ScoreDocument(text);
            }
        }
    }

    /// <summary>Writes this model as a bundle to <paramref name="path"/>, replacing any file there.</summary>
    /// <param name="path">Where to write, e.g. <c>models/speechact-model.zip</c>.</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Writes this model as a bundle to <paramref name="stream"/>, which is left open.</summary>
    /// <param name="stream">A writable stream.</param>
    public void Save(Stream stream) => ModelBundle.Save(_model, Manifest, stream);

    private SentenceClassification Classify(ReadOnlySpan<char> sentence, ReadOnlySpan<Cue> cues)
    {
        // About 16 KB for the default layout: small enough for the stack, and no pool traffic per sentence.
        Span<float> features = stackalloc float[FeatureLayout.Width];
        FeatureExtractor.Extract(sentence, cues, features, Manifest.UsesHashedNgrams);
        Span<float> probabilities = stackalloc float[ClassProbabilities.ClassCount];
        _scorer.Score(features, probabilities);
        ClassProbabilities.Normalize(probabilities);
        return new SentenceClassification(
            ClassProbabilities.ArgMax(probabilities),
            probabilities[(int)SpeechActLabel.Neutral],
            probabilities[(int)SpeechActLabel.ThreatFraming],
            probabilities[(int)SpeechActLabel.SecuritizingMove]);
    }

    private static SecuritizationClassifier Load(Stream stream, string origin)
    {
        var (manifest, model) = ModelBundle.Load(stream, origin, TrainingOptions.DefaultSeed);
        return new SecuritizationClassifier(model, manifest);
    }

    private static SecuritizationClassifier LoadEmbedded()
    {
        using var stream = typeof(SecuritizationClassifier).Assembly.GetManifestResourceStream(ModelResourceNames.EmbeddedBundle)
            ?? throw new ModelFormatException(
                $"This build of SpeechActClassifier has no embedded model (resource '{ModelResourceNames.EmbeddedBundle}'). " +
                $"Run `speechact train seeds/labelled.tsv --out models/` and rebuild, or use SecuritizationClassifier.Load(path).");
        return Load(stream, "The embedded model");
    }
}
