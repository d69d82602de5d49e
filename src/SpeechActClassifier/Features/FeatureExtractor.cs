using SpeechActClassifier.Rules;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Features;

/// <summary>
/// Turns one sentence into the fixed-width vector described by <see cref="FeatureLayout"/>. The same extractor
/// serves training and inference, so a model always sees features computed the same way. It allocates nothing
/// per sentence: cues and token positions live in bounded stack buffers.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>
    /// Tokens whose positions are kept for the composite features. A sentence of the seed texts has at most
    /// about 80 tokens; cues past this bound still count in the per-category blocks but take no part in composites.
    /// </summary>
    internal const int MaxPositionedTokens = 256;

    private readonly CueMatcher _matcher;

    /// <summary>Creates an extractor over the cues of <paramref name="matcher"/>.</summary>
    /// <param name="matcher">The cue matcher; the model must have been trained with the same one.</param>
    public FeatureExtractor(CueMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        _matcher = matcher;
    }

    /// <summary>The matcher whose cues the features count.</summary>
    public CueMatcher Matcher => _matcher;

    /// <summary>The extractor over <see cref="CueMatcher.Default"/>, the one every built-in model uses.</summary>
    public static FeatureExtractor Default { get; } = new(CueMatcher.Default);

    /// <summary>Number of features written per sentence: <see cref="FeatureLayout.Width"/>.</summary>
    public static int Width => FeatureLayout.Width;

    /// <summary>Writes the features of <paramref name="sentence"/> into the first <see cref="Width"/> floats of <paramref name="destination"/>.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="destination">At least <see cref="Width"/> floats; the rest is left untouched.</param>
    /// <returns><see cref="Width"/>, the number of floats written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Width"/>.</exception>
    public int Extract(ReadOnlySpan<char> sentence, Span<float> destination)
    {
        Span<Cue> cues = stackalloc Cue[CueMatcher.MaxCues];
        var cueCount = _matcher.Match(sentence, cues);
        return Extract(sentence, cues[..cueCount], destination);
    }

    /// <summary>Writes the features of <paramref name="sentence"/> given its already matched <paramref name="cues"/>.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="cues">The cues matched in <paramref name="sentence"/>, in text order as the matcher writes them.</param>
    /// <param name="destination">At least <see cref="Width"/> floats.</param>
    /// <param name="hashNgrams">
    /// False for a model trained without the n-gram block (its manifest says so): the block stays zero, as it was in
    /// training, and the hashing is skipped on the hot path.
    /// </param>
    /// <returns>The number of floats written: <see cref="Width"/>, or <see cref="FeatureLayout.HashedNgrams"/> without n-grams.</returns>
    /// <remarks>Without n-grams only the first <see cref="FeatureLayout.HashedNgrams"/> floats are written, so a destination that long suffices.</remarks>
    internal static int Extract(ReadOnlySpan<char> sentence, ReadOnlySpan<Cue> cues, Span<float> destination, bool hashNgrams = true)
    {
        var width = hashNgrams ? FeatureLayout.Width : FeatureLayout.HashedNgrams;
        if (destination.Length < width)
        {
            ThrowDestinationTooShort(destination.Length, width);
        }

        var features = destination[..width];
        features.Clear();

        Span<int> tokenStarts = stackalloc int[MaxPositionedTokens];
        var positioned = WriteNgrams(sentence, features, tokenStarts, hashNgrams);
        Span<int> cueTokens = stackalloc int[cues.Length];
        for (var i = 0; i < cues.Length; i++)
        {
            cueTokens[i] = TokenIndex(tokenStarts[..positioned], cues[i].Start);
        }

        WriteCueFeatures(cues, cueTokens, features);
        return width;
    }

    /// <summary>
    /// Writes the features of a model trained without n-grams from what the cue matcher already found, so the hot
    /// path does not tokenize the sentence a second time. Gives exactly what
    /// <see cref="Extract(ReadOnlySpan{char}, ReadOnlySpan{Cue}, Span{float}, bool)"/> gives without n-grams.
    /// </summary>
    /// <param name="cues">The sentence's cues, in text order as the matcher writes them.</param>
    /// <param name="cueTokens">Per cue, the index of the token it starts at (from the matcher).</param>
    /// <param name="wordCount">The number of word and number tokens.</param>
    /// <param name="destination">At least <see cref="FeatureLayout.HashedNgrams"/> floats.</param>
    internal static void ExtractWithoutNgrams(ReadOnlySpan<Cue> cues, ReadOnlySpan<int> cueTokens, int wordCount, Span<float> destination)
    {
        if (destination.Length < FeatureLayout.HashedNgrams)
        {
            ThrowDestinationTooShort(destination.Length, FeatureLayout.HashedNgrams);
        }

        var features = destination[..FeatureLayout.HashedNgrams];
        features.Clear();
        features[FeatureLayout.TokenCount] = wordCount;
        WriteCueFeatures(cues, cueTokens, features);
    }

    /// <param name="cues">The sentence's cues, in text order as the matcher writes them.</param>
    /// <param name="cueTokens">Per cue, the index of the token it starts at; past <see cref="MaxPositionedTokens"/> it takes no part in composites.</param>
    /// <param name="features">The vector being written.</param>
    private static void WriteCueFeatures(ReadOnlySpan<Cue> cues, ReadOnlySpan<int> cueTokens, Span<float> features)
    {
        foreach (var cue in cues)
        {
            var category = (int)cue.Category;
            features[FeatureLayout.CueCounts + category] += 1f;
            features[FeatureLayout.CuePresence + category] = 1f;
            if (cue.IsNegated)
            {
                features[FeatureLayout.NegatedCueCounts + category] += 1f;
            }
            else
            {
                features[FeatureLayout.CueWeights + category] += cue.Weight;
            }
        }

        WriteComposites(cues, cueTokens, features);

        // The rules' verdict as a feature: trees can follow the codebook procedure where it holds and correct it where the data disagree.
        features[FeatureLayout.RuleDecisions + (int)RuleBasedClassifier.Decide(cues)] = 1f;
    }

    /// <summary>Counts word and number tokens and their hashed unigrams and bigrams; records token starts.</summary>
    /// <returns>How many token starts were recorded (at most <paramref name="tokenStarts"/>' length).</returns>
    private static int WriteNgrams(ReadOnlySpan<char> sentence, Span<float> features, Span<int> tokenStarts, bool hashNgrams)
    {
        var ngrams = hashNgrams ? features.Slice(FeatureLayout.HashedNgrams, FeatureLayout.HashSlots) : [];
        var positioned = 0;
        var words = 0;
        var previousHash = 0UL;
        var hasPrevious = false;
        foreach (var token in Tokenizer.Enumerate(sentence))
        {
            if (positioned < tokenStarts.Length)
            {
                tokenStarts[positioned++] = token.Start;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                // Punctuation ends a phrase: a bigram never spans a comma or a bracket.
                hasPrevious = false;
                continue;
            }

            words++;
            if (!hashNgrams)
            {
                continue;
            }

            var text = token.Slice(sentence);
            var hash = CaseFolding.Hash(text);
            ngrams[FeatureLayout.HashSlot(hash)] += 1f;
            if (hasPrevious)
            {
                var bigram = CaseFolding.Append(CaseFolding.Append(previousHash, ' '), text);
                ngrams[FeatureLayout.HashSlot(bigram)] += 1f;
            }

            previousHash = hash;
            hasPrevious = true;
        }

        features[FeatureLayout.TokenCount] = words;
        return positioned;
    }

    /// <summary>
    /// Sets the composite features in one pass over the cues in text order: a cue pairs with a threat within
    /// <see cref="FeatureLayout.NearTokens"/> tokens exactly when the nearest threat before it, or the nearest
    /// designation, actor or measure before a threat, is that close, so remembering the last of each suffices.
    /// </summary>
    private static void WriteComposites(ReadOnlySpan<Cue> cues, ReadOnlySpan<int> cueTokens, Span<float> features)
    {
        // Token index of the last cue of each kind so far, or far enough back that nothing is near it.
        const int None = int.MinValue / 2;
        int lastThreat = None, lastDesignation = None, lastActor = None, lastMeasure = None;

        // A designation must stand in an earlier token than its threat, and one phrase can be both ("threaten"), so
        // keep the last designation in an earlier token than the last one too.
        var designationBeforeLast = None;
        bool hasActor = false, hasTheory = false, designationAsThreat = false, actorNearThreat = false, threatNearMeasure = false;
        for (var i = 0; i < cues.Length; i++)
        {
            var cue = cues[i];
            if (cue.IsNegated)
            {
                continue;
            }

            hasActor |= cue.Category == CueCategory.Actor;
            hasTheory |= cue.Category == CueCategory.Theory;
            var token = cueTokens[i];
            if (!IsPositioned(token))
            {
                continue;
            }

            switch (cue.Category)
            {
                case CueCategory.Threat:
                    var designation = lastDesignation < token ? lastDesignation : designationBeforeLast;
                    designationAsThreat |= token - designation <= FeatureLayout.NearTokens;
                    actorNearThreat |= token - lastActor <= FeatureLayout.NearTokens;
                    threatNearMeasure |= token - lastMeasure <= FeatureLayout.NearTokens;
                    lastThreat = token;
                    break;
                case CueCategory.Designation:
                    if (token > lastDesignation)
                    {
                        designationBeforeLast = lastDesignation;
                        lastDesignation = token;
                    }

                    break;
                case CueCategory.Actor:
                    actorNearThreat |= token - lastThreat <= FeatureLayout.NearTokens;
                    lastActor = token;
                    break;
                case CueCategory.Measure:
                    threatNearMeasure |= token - lastThreat <= FeatureLayout.NearTokens;
                    lastMeasure = token;
                    break;
            }
        }

        var composites = features.Slice(FeatureLayout.Composites, FeatureLayout.CompositeCount);
        composites[(int)CompositeFeature.TheoryTalk] = hasTheory && !hasActor ? 1f : 0f;
        composites[(int)CompositeFeature.DesignationAsThreat] = designationAsThreat ? 1f : 0f;
        composites[(int)CompositeFeature.ActorNearThreat] = actorNearThreat ? 1f : 0f;
        composites[(int)CompositeFeature.ThreatNearMeasure] = threatNearMeasure ? 1f : 0f;
    }

    /// <summary>True for a token index that composites use: the first <see cref="MaxPositionedTokens"/> tokens.</summary>
    private static bool IsPositioned(int token) => (uint)token < MaxPositionedTokens;

    /// <summary>The index of the token that contains character <paramref name="start"/>, or -1 past the kept tokens.</summary>
    private static int TokenIndex(ReadOnlySpan<int> tokenStarts, int start)
    {
        var index = tokenStarts.BinarySearch(start);
        if (index >= 0)
        {
            return index;
        }

        // Not a token start: the containing token is the one before the insertion point.
        var insertion = ~index;
        return insertion == tokenStarts.Length && tokenStarts.Length == MaxPositionedTokens
            ? -1
            : Math.Max(0, insertion - 1);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowDestinationTooShort(int length, int width) =>
        throw new ArgumentException($"The destination holds {length} floats; the feature vector needs {width}.", "destination");
}
