using SpeechActClassifier.Text;

namespace SpeechActClassifier.Features;

/// <summary>
/// Where the cue matcher adds a sentence's hashed word n-grams while it has the tokens and their hashes at hand, so
/// a sentence is tokenized and hashed once. The full target counts into the whole n-gram block of the layout
/// (training, ML.NET); the compact one keeps only the slots some tree reads, each at its own index of a compact
/// feature vector (see <see cref="Model.CompiledForest.NgramFeatures"/>). The default target keeps nothing.
/// </summary>
internal readonly ref struct NgramTarget
{
    /// <summary>Per hash slot, its index in <see cref="_features"/>; empty for the full target, where the slot is the index.</summary>
    private readonly ReadOnlySpan<int> _featureOfSlot;
    private readonly Span<float> _features;

    private NgramTarget(ReadOnlySpan<int> featureOfSlot, Span<float> features)
    {
        _featureOfSlot = featureOfSlot;
        _features = features;
    }

    /// <summary>False for the default target, which keeps nothing.</summary>
    public bool IsActive => !_features.IsEmpty;

    /// <summary>A target that counts every slot into <paramref name="block"/>.</summary>
    /// <param name="block">The n-gram block of a full feature vector, <see cref="FeatureLayout.HashSlots"/> long, starting at zero.</param>
    public static NgramTarget Full(Span<float> block) => new([], block[..FeatureLayout.HashSlots]);

    /// <summary>A target that counts only the slots a model reads, into a compact vector.</summary>
    /// <param name="featureOfSlot">Per hash slot (<see cref="FeatureLayout.HashSlots"/> entries), the index in <paramref name="features"/> that counts it, or -1 for a slot no tree reads; empty to keep nothing.</param>
    /// <param name="features">The compact feature vector; the counted entries must start at zero.</param>
    public static NgramTarget Compact(ReadOnlySpan<int> featureOfSlot, Span<float> features) =>
        featureOfSlot.IsEmpty ? default : new(featureOfSlot, features);

    /// <summary>
    /// Adds the unigrams and bigrams of <paramref name="tokens"/>, one count per occurrence in the slot of its hash.
    /// A bigram never spans punctuation or a symbol: punctuation ends a phrase.
    /// </summary>
    /// <param name="tokens">All the sentence's tokens.</param>
    /// <param name="hashes">Each token's <see cref="CaseFolding.Hash"/>.</param>
    /// <param name="bigrams">For each word or number that follows one, the hash of the pair, as the matcher computed it with its own.</param>
    public void Add(ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> hashes, ReadOnlySpan<ulong> bigrams)
    {
        var hasPrevious = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                hasPrevious = false;
                continue;
            }

            Count(hashes[i]);
            if (hasPrevious)
            {
                Count(bigrams[i]);
            }

            hasPrevious = true;
        }
    }

    private void Count(ulong hash)
    {
        var slot = FeatureLayout.HashSlot(hash);
        var feature = _featureOfSlot.IsEmpty ? slot : _featureOfSlot[slot];
        if (feature >= 0)
        {
            _features[feature] += 1f;
        }
    }
}
