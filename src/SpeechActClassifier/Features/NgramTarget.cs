using SpeechActClassifier.Text;

namespace SpeechActClassifier.Features;

/// <summary>
/// Where the cue matcher adds a sentence's hashed word n-grams while it has the tokens and their hashes at hand, so
/// the hot path tokenizes once: only the n-gram slots some tree reads are kept, each at its own index of a compact
/// feature vector (see <see cref="Model.CompiledForest.NgramFeatures"/>). The default target keeps nothing.
/// </summary>
internal readonly ref struct NgramTarget
{
    private readonly ReadOnlySpan<int> _featureOfSlot;
    private readonly Span<float> _features;

    /// <summary>Creates a target.</summary>
    /// <param name="featureOfSlot">Per hash slot (<see cref="FeatureLayout.HashSlots"/> entries), the index in <paramref name="features"/> that counts it, or -1 for a slot no tree reads.</param>
    /// <param name="features">The compact feature vector; the counted entries must start at zero.</param>
    public NgramTarget(ReadOnlySpan<int> featureOfSlot, Span<float> features)
    {
        _featureOfSlot = featureOfSlot;
        _features = features;
    }

    /// <summary>False for the default target, which keeps nothing.</summary>
    public bool IsActive => !_featureOfSlot.IsEmpty;

    /// <summary>
    /// Adds the unigrams and bigrams of <paramref name="tokens"/>: what <see cref="FeatureExtractor"/> writes into the
    /// full n-gram block, restricted to the kept slots. A bigram never spans punctuation or a symbol.
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
        var feature = _featureOfSlot[FeatureLayout.HashSlot(hash)];
        if (feature >= 0)
        {
            _features[feature] += 1f;
        }
    }
}
