namespace SpeechActClassifier;

/// <summary>
/// What one sentence does, under the project's codebook (Copenhagen School securitization theory).
/// </summary>
/// <remarks>
/// The numeric values are the class indices of the model and of every probability array; they never change.
/// </remarks>
public enum SpeechActLabel
{
    /// <summary>Everything else: facts, history, theory, definitions, de-securitization, cooperation, boilerplate.</summary>
    Neutral = 0,

    /// <summary>A concrete issue or actor is presented as a threat, danger or risk, with no designating actor and no measures.</summary>
    ThreatFraming = 1,

    /// <summary>An actor designates a concrete issue as a security threat, or invokes it to call for or justify security measures.</summary>
    SecuritizingMove = 2,
}
