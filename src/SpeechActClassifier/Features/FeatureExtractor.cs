using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Features;

/// <summary>
/// Turns one sentence into the fixed-width vector described by <see cref="FeatureLayout"/>. Training, ML.NET and the
/// compiled hot path all read the one tokenization the cue matcher makes, through
/// <see cref="WriteMatchedFeatures"/>, so a model always sees features computed the same way. It allocates nothing
/// per sentence of up to <see cref="CueMatcher.MaxStackTokens"/> tokens: cues and tokens live in stack buffers.
/// </summary>
internal sealed class FeatureExtractor
{
    /// <summary>
    /// Tokens whose positions are kept for the composite features, far more than a sentence of prose has; cues past
    /// this bound still count in the per-category blocks but take no part in composites.
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

    /// <summary>Writes the features of <paramref name="sentence"/> into the first <see cref="FeatureLayout.Width"/> floats of <paramref name="destination"/>.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="destination">At least <see cref="FeatureLayout.Width"/> floats; the rest is left untouched.</param>
    /// <returns><see cref="FeatureLayout.Width"/>, the number of floats written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="FeatureLayout.Width"/>.</exception>
    public int Extract(ReadOnlySpan<char> sentence, Span<float> destination) => Extract(sentence, destination, hashNgrams: true);

    /// <summary>Writes the features of <paramref name="sentence"/>, with or without the n-gram block.</summary>
    /// <param name="sentence">One sentence.</param>
    /// <param name="destination">At least as many floats as are written.</param>
    /// <param name="hashNgrams">
    /// False for a model trained without the n-gram block (its manifest says so): the block is neither written nor
    /// needed, as in training.
    /// </param>
    /// <returns>The number of floats written: <see cref="FeatureLayout.Width"/>, or <see cref="FeatureLayout.HashedNgrams"/> without n-grams.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than that.</exception>
    internal int Extract(ReadOnlySpan<char> sentence, Span<float> destination, bool hashNgrams)
    {
        var width = hashNgrams ? FeatureLayout.Width : FeatureLayout.HashedNgrams;
        if (destination.Length < width)
        {
            ThrowDestinationTooShort(destination.Length, width);
        }

        var features = destination[..width];
        features.Clear();
        Span<Cue> cues = stackalloc Cue[CueMatcher.MaxCues];
        Span<int> cueTokens = stackalloc int[CueMatcher.MaxCues];
        var ngrams = hashNgrams ? NgramTarget.Full(features[FeatureLayout.HashedNgrams..]) : default;
        var cueCount = _matcher.Match(sentence, cues, cueTokens, out var wordCount, ngrams);
        WriteMatchedFeatures(cues[..cueCount], cueTokens[..cueCount], wordCount, features);
        return width;
    }

    /// <summary>
    /// Writes every feature before the n-gram block from what the cue matcher found in one pass over a sentence (the
    /// matcher counts the n-grams itself, into an <see cref="NgramTarget"/>). Every caller's features come from here.
    /// </summary>
    /// <param name="cues">The sentence's cues, in text order as the matcher writes them.</param>
    /// <param name="cueTokens">Per cue, the index of the token it starts at; past <see cref="MaxPositionedTokens"/> it takes no part in composites.</param>
    /// <param name="wordCount">The number of word and number tokens.</param>
    /// <param name="features">At least <see cref="FeatureLayout.HashedNgrams"/> floats, zero before the n-gram block.</param>
    internal static void WriteMatchedFeatures(ReadOnlySpan<Cue> cues, ReadOnlySpan<int> cueTokens, int wordCount, Span<float> features)
    {
        if (features.Length < FeatureLayout.HashedNgrams)
        {
            ThrowDestinationTooShort(features.Length, FeatureLayout.HashedNgrams);
        }

        features[FeatureLayout.TokenCount] = wordCount;
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

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowDestinationTooShort(int length, int width) =>
        throw new ArgumentException($"The destination holds {length} floats; the feature vector needs {width}.", "destination");
}
