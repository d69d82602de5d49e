namespace SpeechActClassifier.Rules;

/// <summary>How far apart the two cues of a <see cref="CompositeRule"/> may be, besides its token window.</summary>
public enum RuleScope
{
    /// <summary>Both cues in the same clause: no comma, semicolon, colon, bracket or dash between them.</summary>
    Clause,

    /// <summary>Anywhere in the sentence, within the rule's token window.</summary>
    Sentence,
}
