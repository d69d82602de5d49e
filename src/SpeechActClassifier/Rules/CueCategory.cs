namespace SpeechActClassifier;

/// <summary>
/// The parts of a securitizing move that the codebook names, plus the words that weaken or deny one.
/// Each category has its own lexicon; composite categories come from rules over the simple ones.
/// </summary>
/// <remarks>Values are feature indices of the model: append new categories at the end, never reorder.</remarks>
public enum CueCategory : byte
{
    /// <summary>A securitizing actor: a state, capital, alliance, government, leader, official, "we".</summary>
    Actor,

    /// <summary>A verb of designation: identify, consider, perceive, regard, declare, warn, treat ... (as a threat).</summary>
    Designation,

    /// <summary>A threat word: threat, danger, menace, aggression, attack, hostile, existential, risk, crisis.</summary>
    Threat,

    /// <summary>A referent object: security, survival, existence, sovereignty, borders, citizens, the nation, order.</summary>
    Referent,

    /// <summary>An extraordinary or security measure: deterrence, sanctions, deploy, troops, exercises, emergency, ban.</summary>
    Measure,

    /// <summary>Urgency: must, necessary, urgent, immediately, at stake.</summary>
    Urgency,

    /// <summary>A negator that can deny a threat: not, no, never, no longer, ceased to.</summary>
    Negation,

    /// <summary>De-securitization and détente: de-securitize, relief, normalization, cooperation, partnership.</summary>
    Desecuritization,

    /// <summary>A hedge: may, could, possibly, perhaps.</summary>
    Hedge,

    /// <summary>Theory and meta-discourse: theory, concept, the term, securitization (as a word), this article.</summary>
    Theory,

    /// <summary>Composite: an actor followed by a designation verb ("NATO identifies", "the minister warned").</summary>
    ActorDesignates,

    /// <summary>Composite: a designation verb followed by a threat ("identifies Russia as a new source of threat").</summary>
    DesignatesThreat,

    /// <summary>Composite: a threat and a measure near each other ("sanctions against the aggression", "deter attacks").</summary>
    ThreatMeasure,

    /// <summary>Composite: an actor followed by a measure ("NATO increased its military forces", "the government imposed a curfew").</summary>
    ActorMeasure,
}
