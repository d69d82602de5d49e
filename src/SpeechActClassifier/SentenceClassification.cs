namespace SpeechActClassifier;

/// <summary>The label of one sentence and the probability of each class; the three probabilities sum to 1.</summary>
public readonly record struct SentenceClassification
{
    /// <summary>Creates a result from class probabilities that sum to 1.</summary>
    /// <param name="label">The most probable class.</param>
    /// <param name="neutral">Probability of <see cref="SpeechActLabel.Neutral"/>.</param>
    /// <param name="threatFraming">Probability of <see cref="SpeechActLabel.ThreatFraming"/>.</param>
    /// <param name="securitizingMove">Probability of <see cref="SpeechActLabel.SecuritizingMove"/>.</param>
    public SentenceClassification(SpeechActLabel label, float neutral, float threatFraming, float securitizingMove)
    {
        Label = label;
        Neutral = neutral;
        ThreatFraming = threatFraming;
        SecuritizingMove = securitizingMove;
    }

    /// <summary>The most probable class.</summary>
    public SpeechActLabel Label { get; }

    /// <summary>Probability of <see cref="SpeechActLabel.Neutral"/>.</summary>
    public float Neutral { get; }

    /// <summary>Probability of <see cref="SpeechActLabel.ThreatFraming"/>.</summary>
    public float ThreatFraming { get; }

    /// <summary>Probability of <see cref="SpeechActLabel.SecuritizingMove"/>.</summary>
    public float SecuritizingMove { get; }

    /// <summary>The probability of <see cref="Label"/>.</summary>
    public float Confidence => Probability(Label);

    /// <summary>The probability of <paramref name="label"/>.</summary>
    /// <param name="label">A class.</param>
    /// <returns>A value in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not a defined value.</exception>
    public float Probability(SpeechActLabel label) => label switch
    {
        SpeechActLabel.Neutral => Neutral,
        SpeechActLabel.ThreatFraming => ThreatFraming,
        SpeechActLabel.SecuritizingMove => SecuritizingMove,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a speech-act label."),
    };
}
