using System.Buffers;
using SpeechActClassifier.Documents;
using SpeechActClassifier.Features;
using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Text;

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

    /// <summary>
    /// The longest sentence, in tokens, that <see cref="Classify(ReadOnlySpan{char})"/> handles without allocating:
    /// its cue matcher and feature extractor keep tokens in stack buffers this long (longer sentences rent pooled
    /// arrays). The longest sentence <see cref="ScoreDocument(string)"/> cuts, 1,000 characters of prose, has about 200.
    /// </summary>
    public const int MaxAllocationFreeTokens = CueMatcher.MaxStackTokens;

    private readonly CompiledForest _forest;

    /// <summary>Finds the cues of the lexicon the model was trained with.</summary>
    private readonly CueMatcher _matcher;

    /// <summary>The length of the vector the hot path fills: the whole dense cue block and the compact n-gram slots.</summary>
    private readonly int _featureWidth;

    /// <summary>The manifest's decision rule, kept in a field so the hot path reads it without a property chain.</summary>
    private readonly DecisionWeights _decisionWeights;

    /// <summary>A classifier over the given class models; the training package builds one from the models it trained.</summary>
    /// <param name="classes">One model per class.</param>
    /// <param name="manifest">The models' manifest, already checked against <paramref name="matcher"/>'s lexicon.</param>
    /// <param name="matcher">The matcher over the lexicon the models were trained with.</param>
    internal SecuritizationClassifier(IReadOnlyList<ClassTrees> classes, ModelManifest manifest, CueMatcher matcher)
    {
        _forest = CompiledForest.Compile(classes);
        _matcher = matcher;
        Manifest = manifest;
        _decisionWeights = manifest.DecisionWeights;
        _featureWidth = Math.Max(_forest.RequiredWidth, FeatureLayout.HashedNgrams);
    }

    /// <summary>The classifier over the model embedded in this library, loaded once on first use.</summary>
    /// <exception cref="ModelFormatException">The library was built without a model (run <c>speechact train</c> and rebuild).</exception>
    public static SecuritizationClassifier Default => EmbeddedModel.Value;

    /// <summary>What the model says about itself: features, hyper-parameters, seed, training data hash.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The trees flattened for inference.</summary>
    internal CompiledForest Forest => _forest;

    /// <summary>Loads a model file (<c>speechact-model.bin</c>, written by <c>speechact train</c>).</summary>
    /// <param name="path">The model file's path.</param>
    /// <returns>A classifier over that model.</returns>
    /// <exception cref="ModelFormatException">The file is missing, damaged, not a model file, from a newer version, or for other features.</exception>
    public static SecuritizationClassifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return LoadFile(path, lexicon: null);
    }

    /// <summary>Loads a model file from a stream, which is read to its end and left open.</summary>
    /// <param name="stream">The model file's bytes.</param>
    /// <returns>A classifier over that model.</returns>
    /// <exception cref="ModelFormatException">The bytes are damaged, not a model file, from a newer version, or for other features.</exception>
    public static SecuritizationClassifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Load(stream, "The model stream", lexicon: null);
    }

    /// <summary>
    /// Loads a model file trained with a lexicon of your own (<c>TrainingOptions.Lexicon</c> in the
    /// SpeechActClassifier.Training package): the model reads the cues of <paramref name="lexicon"/>.
    /// </summary>
    /// <param name="path">The model file's path.</param>
    /// <param name="lexicon">The lexicon the model was trained with; its fingerprint must be the one in the model's manifest.</param>
    /// <returns>A classifier over that model and lexicon.</returns>
    /// <exception cref="ModelFormatException">The file cannot be loaded (as for <see cref="Load(string)"/>), or the model was trained with another lexicon.</exception>
    public static SecuritizationClassifier Load(string path, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(lexicon);
        return LoadFile(path, lexicon);
    }

    /// <summary>Loads a model file trained with a lexicon of your own from a stream, which is read to its end and left open.</summary>
    /// <param name="stream">The model file's bytes.</param>
    /// <param name="lexicon">The lexicon the model was trained with; its fingerprint must be the one in the model's manifest.</param>
    /// <returns>A classifier over that model and lexicon.</returns>
    /// <exception cref="ModelFormatException">The bytes cannot be loaded (as for <see cref="Load(Stream)"/>), or the model was trained with another lexicon.</exception>
    public static SecuritizationClassifier Load(Stream stream, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(lexicon);
        return Load(stream, "The model stream", lexicon);
    }

    /// <summary>Classifies one sentence. Allocates nothing for sentences of up to <see cref="MaxAllocationFreeTokens"/> tokens.</summary>
    /// <param name="sentence">One sentence; longer text should be split into sentences first (see <see cref="ScoreDocument(string)"/>).</param>
    /// <returns>The label and the three class probabilities.</returns>
    public SentenceClassification Classify(ReadOnlySpan<char> sentence) => Classify(sentence, [], out _);

    /// <summary>
    /// Classifies one sentence and copies the cues behind the decision into a buffer of the caller's, so the evidence
    /// costs no allocation either.
    /// </summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="evidence">
    /// Receives the sentence's cues in text order, offsets in <paramref name="sentence"/>; 256 long never truncates.
    /// The classification always uses every cue, whatever this buffer's length.
    /// </param>
    /// <param name="evidenceCount">How many cues were written to <paramref name="evidence"/>.</param>
    /// <returns>The label and the three class probabilities.</returns>
    public SentenceClassification Classify(ReadOnlySpan<char> sentence, Span<Cue> evidence, out int evidenceCount)
    {
        Span<Cue> cues = stackalloc Cue[CueMatcher.MaxCues];
        Span<int> cueTokens = stackalloc int[CueMatcher.MaxCues];

        // The compact vector: the dense cue block, then only the n-gram slots some tree reads, which the matcher counts
        // from the tokens and hashes it already has. It is a few hundred floats, so clearing it costs little.
        Span<float> features = stackalloc float[_featureWidth];
        features.Clear();
        var cueCount = _matcher.Match(sentence, cues, cueTokens, out var wordCount, NgramTarget.Compact(_forest.NgramFeatures, features));
        evidenceCount = Math.Min(cueCount, evidence.Length);
        cues[..evidenceCount].CopyTo(evidence);
        FeatureExtractor.WriteMatchedFeatures(cues[..cueCount], cueTokens[..cueCount], wordCount, features);
        return Score(features, _forest, _decisionWeights);
    }

    /// <summary>
    /// Classifies many sentences into a span of the caller's: <c>destination[i]</c> is the result for <c>sentences[i]</c>.
    /// Allocates nothing. To use several cores, call it from several threads on slices: one instance is safe to share.
    /// </summary>
    /// <param name="sentences">The sentences; none may be <see langword="null"/>.</param>
    /// <param name="destination">At least as long as <paramref name="sentences"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="sentences"/>.</exception>
    /// <exception cref="ArgumentNullException">One of <paramref name="sentences"/> is <see langword="null"/>.</exception>
    public void ClassifyBatch(ReadOnlySpan<string> sentences, Span<SentenceClassification> destination)
    {
        if (destination.Length < sentences.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} results for {sentences.Length} sentences.", nameof(destination));
        }

        for (var i = 0; i < sentences.Length; i++)
        {
            var sentence = sentences[i] ?? throw new ArgumentNullException(nameof(sentences), $"Sentence {i} is null.");
            destination[i] = Classify(sentence.AsSpan());
        }
    }

    /// <summary>
    /// Classifies the sentences of a text, given as ranges of it (from <see cref="SentenceSplitter"/>), into a span of
    /// the caller's. With <see cref="SentenceSplitter.Enumerate"/> this scores an article without any allocation.
    /// </summary>
    /// <param name="text">The text the ranges index.</param>
    /// <param name="sentences">Ranges of <paramref name="text"/>.</param>
    /// <param name="destination">At least as long as <paramref name="sentences"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="sentences"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A range lies outside <paramref name="text"/>.</exception>
    internal void ClassifyBatch(ReadOnlySpan<char> text, ReadOnlySpan<Sentence> sentences, Span<SentenceClassification> destination)
    {
        if (destination.Length < sentences.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} results for {sentences.Length} sentences.", nameof(destination));
        }

        for (var i = 0; i < sentences.Length; i++)
        {
            destination[i] = Classify(sentences[i].Slice(text));
        }
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
        var buffer = new Cue[CueMatcher.MaxCues];
        var classification = Classify(sentence.AsSpan(), buffer, out var count);
        return new SentenceAnalysis(sentence, classification, buffer[..count]);
    }

    /// <summary>
    /// Scores a whole document (a news article, a speech): splits it into sentences (abbreviations, initials, footnote
    /// markers, HTML and Markdown remnants handled), classifies each, and summarizes the document.
    /// </summary>
    /// <param name="text">The document's text; plain text, Markdown or light HTML.</param>
    /// <returns>Every sentence with its offsets, label, probabilities and cues (offsets in <paramref name="text"/>), and the summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var score = SecuritizationClassifier.Default.ScoreDocument(File.ReadAllText("article.txt"));
    /// Console.WriteLine($"{score.Summary.SecuritizingMoveCount} securitizing moves, index {score.Summary.SecuritizationIndex:F2}");
    /// </code>
    /// </example>
    public DocumentScore ScoreDocument(string text) => ScoreDocument(text, DocumentScoringOptions.Default);

    /// <summary>Scores a whole document, summarized with <paramref name="options"/> (the index weight, the number of cues listed).</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="options">How to summarize; the sentences' results do not depend on it.</param>
    /// <returns>Every sentence with its offsets, label, probabilities and cues, and the summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public DocumentScore ScoreDocument(string text, DocumentScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var sentences = new List<ScoredSentence>();
        var cues = ArrayPool<Cue>.Shared.Rent(CueMatcher.MaxCues);
        try
        {
            foreach (var range in SentenceSplitter.Enumerate(text))
            {
                var sentence = range.Slice(text);
                var classification = Classify(sentence, cues, out var cueCount);
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

        return new DocumentScore(sentences, DocumentSummarizer.Summarize(text, sentences, options));
    }

    /// <summary>
    /// Scores documents one at a time, lazily: each is read from <paramref name="documents"/> only when the caller asks
    /// for its score, so a stream of any size is scored in the memory of one document.
    /// </summary>
    /// <param name="documents">The documents' texts, e.g. <c>File.ReadLines</c> over a file of one article per line.</param>
    /// <returns>One score per document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>; a <see langword="null"/> document throws when it is reached.</exception>
    public IEnumerable<DocumentScore> ScoreDocuments(IEnumerable<string> documents) => ScoreDocuments(documents, DocumentScoringOptions.Default);

    /// <summary>Scores documents one at a time, lazily, summarized with <paramref name="options"/>.</summary>
    /// <param name="documents">The documents' texts.</param>
    /// <param name="options">How to summarize each document.</param>
    /// <returns>One score per document, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    public IEnumerable<DocumentScore> ScoreDocuments(IEnumerable<string> documents, DocumentScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Iterate(documents);

        IEnumerable<DocumentScore> Iterate(IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                yield return ScoreDocument(text, options);
            }
        }
    }

    /// <summary>The label and normalized probabilities of a feature vector under <paramref name="scorer"/>.</summary>
    internal static SentenceClassification Score(ReadOnlySpan<float> features, IClassScorer scorer, DecisionWeights decisionWeights)
    {
        Span<float> probabilities = stackalloc float[ClassProbabilities.ClassCount];
        scorer.Score(features, probabilities);
        ClassProbabilities.Normalize(probabilities);
        return new SentenceClassification(
            decisionWeights.Decide(probabilities),
            probabilities[(int)SpeechActLabel.Neutral],
            probabilities[(int)SpeechActLabel.ThreatFraming],
            probabilities[(int)SpeechActLabel.SecuritizingMove]);
    }

    /// <summary>Loads the model file at <paramref name="path"/>, naming it in every error.</summary>
    /// <param name="path">The model file's path.</param>
    /// <param name="lexicon">A lexicon of the caller's, or <see langword="null"/> for the embedded one.</param>
    private static SecuritizationClassifier LoadFile(string path, Lexicon? lexicon)
    {
        if (!File.Exists(path))
        {
            throw new ModelFormatException($"Model file '{path}' not found. Train one with `speechact train seeds/labelled.tsv data/corpus.tsv --out models/`, or omit the path to use the built-in model.");
        }

        using var stream = File.OpenRead(path);
        return Load(stream, $"Model file '{path}'", lexicon);
    }

    /// <param name="stream">The model file's bytes.</param>
    /// <param name="origin">How error messages name the model.</param>
    /// <param name="lexicon">A lexicon of the caller's, or <see langword="null"/> for the embedded one (not parsed on this thread).</param>
    private static SecuritizationClassifier Load(Stream stream, string origin, Lexicon? lexicon)
    {
        // The cue matcher (lexicon parsed into a trie) and the model (read, checked, compiled into tables) need each
        // other only at the first Classify, so the matcher is built on another thread meanwhile: on two cores the
        // first result comes about a third sooner.
        var matcher = Task.Run(() => CueMatcher.For(lexicon));
        var (manifest, classes) = ModelFile.Read(stream, origin, lexicon);
        return new SecuritizationClassifier(classes, manifest, matcher.GetAwaiter().GetResult());
    }

    private static SecuritizationClassifier LoadEmbedded()
    {
        using var stream = typeof(SecuritizationClassifier).Assembly.GetManifestResourceStream(ModelResourceNames.EmbeddedModel)
            ?? throw new ModelFormatException(
                $"This build of SpeechActClassifier has no embedded model (resource '{ModelResourceNames.EmbeddedModel}'). " +
                $"Run `speechact train seeds/labelled.tsv data/corpus.tsv --out models/` and rebuild, or use SecuritizationClassifier.Load(path).");
        return Load(stream, "The embedded model", lexicon: null);
    }
}
