namespace SpeechActClassifier.Documents;

/// <summary>
/// How much of a document does securitizing work, as one number in [0, 1]:
/// <c>index = (1/n) · Σ over its n sentences of (P(SecuritizingMove) + ½ · P(ThreatFraming))</c>.
/// </summary>
/// <remarks>
/// A securitizing move is the full speech act of the Copenhagen School (a threat to a referent object, and a claim
/// to act beyond normal politics); a threat framing is its first half. So a sentence counts 1 when it surely
/// securitizes, ½ when it surely only frames a threat, 0 when it is surely neutral, and probabilities weight the
/// uncertain cases rather than letting one label flip decide. The index is a mean, so documents of any length
/// compare; an article of only threat framings scores 0.5, never more.
/// </remarks>
internal static class SecuritizationIndex
{
    /// <summary>The weight of a threat framing relative to a securitizing move.</summary>
    public const double ThreatFramingWeight = 0.5;

    /// <summary>The contribution of one sentence: <c>P(SecuritizingMove) + ½ · P(ThreatFraming)</c>.</summary>
    /// <param name="classification">The sentence's probabilities.</param>
    /// <returns>A value in [0, 1].</returns>
    public static double Of(SentenceClassification classification) => Of(classification, ThreatFramingWeight);

    /// <summary>The contribution of one sentence with another weight for threat framings (see <see cref="DocumentScoringOptions.ThreatFramingWeight"/>).</summary>
    /// <param name="classification">The sentence's probabilities.</param>
    /// <param name="threatFramingWeight">The weight of a threat framing, in [0, 1].</param>
    /// <returns><c>P(SecuritizingMove) + weight · P(ThreatFraming)</c>.</returns>
    public static double Of(SentenceClassification classification, double threatFramingWeight) =>
        classification.SecuritizingMove + (threatFramingWeight * classification.ThreatFraming);

    /// <summary>The index of a document whose sentences have these classifications; 0 when there are none.</summary>
    /// <param name="classifications">One per sentence.</param>
    /// <returns>The mean of <see cref="Of(SentenceClassification)"/>, in [0, 1].</returns>
    public static double Of(ReadOnlySpan<SentenceClassification> classifications) => Of(classifications, ThreatFramingWeight);

    /// <summary>The index of a document with another weight for threat framings; 0 when there are no sentences.</summary>
    /// <param name="classifications">One per sentence.</param>
    /// <param name="threatFramingWeight">The weight of a threat framing, in [0, 1].</param>
    /// <returns>The mean of <see cref="Of(SentenceClassification, double)"/>, in [0, 1].</returns>
    public static double Of(ReadOnlySpan<SentenceClassification> classifications, double threatFramingWeight)
    {
        if (classifications.IsEmpty)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var classification in classifications)
        {
            sum += Of(classification, threatFramingWeight);
        }

        return Math.Clamp(sum / classifications.Length, 0, 1);
    }
}
