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
    /// <param name="text">The sentence.</param>
    /// <param name="tokens">All its tokens.</param>
    /// <param name="hashes">Each token's <see cref="CaseFolding.Hash"/>.</param>
    public void Add(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> hashes)
    {
        var previousHash = 0UL;
        var hasPrevious = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                hasPrevious = false;
                continue;
            }

            Count(hashes[i]);
            if (hasPrevious)
            {
                Count(CaseFolding.Append(CaseFolding.Append(previousHash, ' '), token.Slice(text)));
            }

            previousHash = hashes[i];
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
