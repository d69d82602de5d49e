namespace SpeechActClassifier;

/// <summary>A scored document: every sentence with its label and evidence, and a summary of the whole.</summary>
/// <param name="Sentences">The sentences in text order.</param>
/// <param name="Summary">Counts per label, the securitization index and the strongest cues.</param>
public sealed record DocumentScore(IReadOnlyList<ScoredSentence> Sentences, DocumentSummary Summary);
