namespace SpeechActClassifier.Rules;

/// <summary>What a matched phrase signals: one category and its weight (a phrase may carry several).</summary>
internal readonly record struct TermPayload(CueCategory Category, float Weight);
