namespace SpeechActClassifier.Rules;

/// <summary>The result of <see cref="RuleBasedClassifier.Classify(string)"/>: the label, the rule behind it and the cues.</summary>
/// <param name="Label">The label under the codebook.</param>
/// <param name="Decision">Which step of the decision procedure decided.</param>
/// <param name="Cues">Every cue of the sentence, in text order.</param>
public sealed record RuleBasedClassification(SpeechActLabel Label, RuleDecision Decision, IReadOnlyList<Cue> Cues);
