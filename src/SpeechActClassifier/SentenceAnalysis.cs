namespace SpeechActClassifier;

/// <summary>A sentence's classification with the evidence behind it: the cues that fired, with their offsets in <see cref="Sentence"/>.</summary>
/// <param name="Sentence">The sentence that was classified.</param>
/// <param name="Classification">Its label and class probabilities.</param>
/// <param name="Cues">The cues found in it, in text order; read each with <see cref="Cue.Slice"/> over <see cref="Sentence"/>.</param>
public sealed record SentenceAnalysis(string Sentence, SentenceClassification Classification, IReadOnlyList<Cue> Cues);
