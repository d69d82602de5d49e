namespace SpeechActClassifier.Model;

/// <summary>
/// Per-class weights of the decision rule: a sentence gets the label whose probability times its weight is largest.
/// The probabilities themselves are unchanged. Weights above 1 make a class win at lower probabilities.
/// </summary>
/// <param name="Neutral">The weight of <see cref="SpeechActLabel.Neutral"/>.</param>
/// <param name="ThreatFraming">The weight of <see cref="SpeechActLabel.ThreatFraming"/>.</param>
/// <param name="SecuritizingMove">The weight of <see cref="SpeechActLabel.SecuritizingMove"/>.</param>
public sealed record DecisionWeights(float Neutral, float ThreatFraming, float SecuritizingMove)
{
    /// <summary>All weights 1: the most probable class wins.</summary>
    public static DecisionWeights None { get; } = new(1f, 1f, 1f);

    /// <summary>The weight of <paramref name="label"/>.</summary>
    /// <param name="label">A class.</param>
    /// <returns>Its weight.</returns>
    public float Of(SpeechActLabel label) => label switch
    {
        SpeechActLabel.Neutral => Neutral,
        SpeechActLabel.ThreatFraming => ThreatFraming,
        SpeechActLabel.SecuritizingMove => SecuritizingMove,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a speech-act label."),
    };

    /// <summary>The label of <paramref name="probabilities"/> (indexed by <see cref="SpeechActLabel"/> value) under these weights; ties go to the lower index.</summary>
    /// <param name="probabilities">The three class probabilities.</param>
    /// <returns>The class with the largest weighted probability.</returns>
    public SpeechActLabel Decide(ReadOnlySpan<float> probabilities)
    {
        var best = SpeechActLabel.Neutral;
        var bestScore = probabilities[0] * Neutral;
        var threatFraming = probabilities[1] * ThreatFraming;
        if (threatFraming > bestScore)
        {
            best = SpeechActLabel.ThreatFraming;
            bestScore = threatFraming;
        }

        return probabilities[2] * SecuritizingMove > bestScore ? SpeechActLabel.SecuritizingMove : best;
    }

    /// <summary>True when every weight is positive and finite, as a decision rule needs.</summary>
    /// <returns>Whether the weights can be used.</returns>
    public bool AreValid() =>
        float.IsFinite(Neutral) && float.IsFinite(ThreatFraming) && float.IsFinite(SecuritizingMove)
        && Neutral > 0 && ThreatFraming > 0 && SecuritizingMove > 0;
}
