namespace SpeechActClassifier;

/// <summary>One cue term of a document, counted over its sentences: the evidence an article leans on most.</summary>
/// <param name="Category">The cue's category under the codebook.</param>
/// <param name="Text">The term, lower case, without a possessive "'s" (e.g. "national security", "nato" for "NATO’s").</param>
/// <param name="Count">How many times it occurs outside a negation scope.</param>
/// <param name="Strength">
/// The sum, over its occurrences, of the probability that the sentence is not neutral
/// (<see cref="SentenceClassification.SecuritizingMove"/> + <see cref="SentenceClassification.ThreatFraming"/>):
/// a term that appears in securitizing sentences ranks above one that appears as often in neutral ones.
/// </param>
public sealed record CueTally(CueCategory Category, string Text, int Count, double Strength);
