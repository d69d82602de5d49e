namespace SpeechActClassifier;

/// <summary>
/// One piece of evidence found in a sentence: a lexicon term or composite rule that matched, where it matched
/// in the original text, and whether a negation scope covers it.
/// </summary>
/// <param name="Category">What the matched words are, under the codebook.</param>
/// <param name="Start">Index of the first matched character in the text that was matched.</param>
/// <param name="Length">Number of matched UTF-16 characters.</param>
/// <param name="IsNegated">True when a negator ("not", "no longer") governs the cue, as in "no longer poses a threat".</param>
/// <param name="Weight">The weight of the lexicon entry or rule that matched (1 unless the data says otherwise).</param>
public readonly record struct Cue(CueCategory Category, int Start, int Length, bool IsNegated, float Weight)
{
    /// <summary>Index just past the last matched character.</summary>
    public int End => Start + Length;

    /// <summary>The matched characters in <paramref name="text"/>, which must be the text that was matched.</summary>
    /// <param name="text">The matched text.</param>
    /// <returns>A slice of <paramref name="text"/>.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
