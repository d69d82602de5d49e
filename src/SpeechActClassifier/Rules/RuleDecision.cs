namespace SpeechActClassifier.Rules;

/// <summary>Which step of the codebook's decision procedure gave a <see cref="RuleBasedClassifier"/> label.</summary>
public enum RuleDecision
{
    /// <summary>No concrete danger is framed: Neutral.</summary>
    NoThreat,

    /// <summary>Theory or meta-discourse dominates (a study, an article, a concept, a film or a match, a market report, party competition): Neutral.</summary>
    MetaDiscourse,

    /// <summary>The threat is denied or removed ("no longer poses a threat", détente, normalization): Neutral.</summary>
    ThreatDenied,

    /// <summary>A danger is framed with no designating actor and no measure: ThreatFraming.</summary>
    Framing,

    /// <summary>An actor designates the danger as a threat: SecuritizingMove (step 2a).</summary>
    Designation,

    /// <summary>The danger is invoked with a measure or a call to act: SecuritizingMove (step 2b).</summary>
    ThreatWithMeasure,

    /// <summary>A security measure with no threat named (hard case "Bare security measures"): SecuritizingMove.</summary>
    BareMeasure,
}
