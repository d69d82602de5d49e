namespace SpeechActClassifier;

/// <summary>One sentence of a scored document: where it is, what it says, and the evidence.</summary>
/// <param name="Index">Position of the sentence in the document, from 0.</param>
/// <param name="Start">Index of its first character in the document (UTF-16 code units).</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The sentence's characters.</param>
/// <param name="Classification">Its label and class probabilities.</param>
/// <param name="Cues">
/// The cues found in it, in text order. Their <see cref="Cue.Start"/> is an offset in the <b>document</b>, not in the
/// sentence, so a report can mark them in the original text.
/// </param>
public sealed record ScoredSentence(int Index, int Start, int Length, string Text, SentenceClassification Classification, IReadOnlyList<Cue> Cues)
{
    /// <summary>Index just past the sentence's last character in the document.</summary>
    public int End => Start + Length;

    /// <summary>The most probable class: <see cref="SentenceClassification.Label"/>.</summary>
    public SpeechActLabel Label => Classification.Label;
}
