using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Features;

/// <summary>
/// Where each feature sits in the vector that <see cref="FeatureExtractor"/> writes. Blocks, in order:
/// <list type="number">
/// <item><description><see cref="CueCounts"/>: one slot per <see cref="CueCategory"/> value, the number of its cues.</description></item>
/// <item><description><see cref="CuePresence"/>: one slot per category, 1 when it has a cue, else 0.</description></item>
/// <item><description><see cref="NegatedCueCounts"/>: one slot per category, the number of its cues under a negator.</description></item>
/// <item><description><see cref="CueWeights"/>: one slot per category, the summed lexicon weight of its cues that no negator governs.</description></item>
/// <item><description><see cref="Composites"/>: <see cref="CompositeCount"/> 0/1 slots derived from cue positions (see <see cref="CompositeFeature"/>).</description></item>
/// <item><description><see cref="RuleDecisions"/>: one 0/1 slot per <see cref="RuleDecision"/>, the step of the hand-written decision procedure (<see cref="RuleBasedClassifier.Decide"/>) that the cues reach.</description></item>
/// <item><description><see cref="TokenCount"/>: one slot, the number of word and number tokens.</description></item>
/// <item><description><see cref="HashedNgrams"/>: <see cref="HashSlots"/> slots of hashed word unigram and bigram counts.</description></item>
/// </list>
/// </summary>
/// <remarks>
/// The cue blocks are sized from <see cref="CueCategory"/> and the rule block from <see cref="RuleDecision"/>, so appending a category widens the vector and any model
/// trained before it no longer loads (its manifest records <see cref="Width"/>); retrain with <c>speechact train</c>.
/// </remarks>
internal static class FeatureLayout
{
    /// <summary>
    /// Version of what the extractor's code writes. Bump it whenever a change in code (not in the lexicon files or a
    /// named threshold, which the fingerprint reads itself) changes the value of any feature: models trained before
    /// then no longer load, instead of silently reading shifted features.
    /// </summary>
    public const int Version = 2;

    /// <summary>
    /// Number of hashed n-gram slots: 2^12. With a few thousand distinct words and bigrams in a corpus of a few
    /// hundred sentences collisions stay rare, and the vector stays small enough for a tree walk per sentence.
    /// </summary>
    public const int HashSlots = 1 << 12;

    /// <summary>Number of composite features, the values of <see cref="CompositeFeature"/>.</summary>
    public const int CompositeCount = 4;

    /// <summary>
    /// Two cues are "near" when at most this many tokens separate their first tokens. Eight tokens span one clause
    /// in the seed texts, e.g. "identifies Russia as a new source of threat" (designation to threat: 7 tokens).
    /// </summary>
    public const int NearTokens = 8;

    /// <summary>Name of the n-gram hash, recorded in every model manifest.</summary>
    public const string HashFunction = "FNV-1a-64 over CaseFolding.Fold code units; bigram = hash(\"w1 w2\"); slot = (h ^ (h >> 32)) mod HashSlots";

    /// <summary>Number of <see cref="RuleDecision"/> values, the size of the rule-decision block.</summary>
    public static int RuleDecisionCount { get; } = Enum.GetValues<RuleDecision>().Length;

    /// <summary>Number of <see cref="CueCategory"/> values, the size of each per-category block.</summary>
    public static int CategoryCount => CueCategories.Count;

    /// <summary>Offset of the per-category cue counts.</summary>
    public static int CueCounts => 0;

    /// <summary>Offset of the per-category presence flags.</summary>
    public static int CuePresence { get; } = CategoryCount;

    /// <summary>Offset of the per-category counts of negated cues.</summary>
    public static int NegatedCueCounts { get; } = 2 * CategoryCount;

    /// <summary>Offset of the per-category sums of cue weights.</summary>
    public static int CueWeights { get; } = 3 * CategoryCount;

    /// <summary>Offset of the composite features.</summary>
    public static int Composites { get; } = 4 * CategoryCount;

    /// <summary>Offset of the one-hot rule decision.</summary>
    public static int RuleDecisions { get; } = Composites + CompositeCount;

    /// <summary>Offset of the token count.</summary>
    public static int TokenCount { get; } = RuleDecisions + RuleDecisionCount;

    /// <summary>Offset of the hashed n-gram block.</summary>
    public static int HashedNgrams { get; } = TokenCount + 1;

    /// <summary>Total number of features.</summary>
    public static int Width { get; } = HashedNgrams + HashSlots;

    /// <summary>The slot, inside the n-gram block, of an n-gram hash from <see cref="Text.CaseFolding.Hash"/>.</summary>
    /// <param name="hash">The 64-bit hash of a folded unigram or bigram.</param>
    /// <returns>An index in [0, <see cref="HashSlots"/>).</returns>
    public static int HashSlot(ulong hash) => (int)((hash ^ (hash >> 32)) % HashSlots);
}
