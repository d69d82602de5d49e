namespace SpeechActClassifier;

/// <summary>What a whole document does: label counts, the securitization index, and its strongest cues.</summary>
/// <param name="SentenceCount">Number of sentences.</param>
/// <param name="NeutralCount">Number of sentences labelled <see cref="SpeechActLabel.Neutral"/>.</param>
/// <param name="ThreatFramingCount">Number of sentences labelled <see cref="SpeechActLabel.ThreatFraming"/>.</param>
/// <param name="SecuritizingMoveCount">Number of sentences labelled <see cref="SpeechActLabel.SecuritizingMove"/>.</param>
/// <param name="SecuritizationIndex">
/// How much of the document does securitizing work, in [0, 1]: the mean over its sentences of
/// <c>P(SecuritizingMove) + w · P(ThreatFraming)</c>, where <c>w</c> is
/// <see cref="DocumentScoringOptions.ThreatFramingWeight"/> (½ by default: a threat framing is the first half of a
/// securitizing move). Probabilities, not labels, so an uncertain sentence counts by how likely it is. 0 for a
/// document without sentences.
/// </param>
/// <param name="StrongestCues">At most <see cref="DocumentScoringOptions.StrongestCueLimit"/> cue terms, strongest first (see <see cref="CueTally.Strength"/>).</param>
public sealed record DocumentSummary(
    int SentenceCount,
    int NeutralCount,
    int ThreatFramingCount,
    int SecuritizingMoveCount,
    double SecuritizationIndex,
    IReadOnlyList<CueTally> StrongestCues)
{
    /// <summary>How many cue terms <see cref="StrongestCues"/> lists by default: enough to name an article's vocabulary of threat.</summary>
    public const int StrongestCueLimit = 10;

    /// <summary>The number of sentences labelled <paramref name="label"/>.</summary>
    /// <param name="label">A class.</param>
    /// <returns>A count in [0, <see cref="SentenceCount"/>].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not a defined value.</exception>
    public int Count(SpeechActLabel label) => label switch
    {
        SpeechActLabel.Neutral => NeutralCount,
        SpeechActLabel.ThreatFraming => ThreatFramingCount,
        SpeechActLabel.SecuritizingMove => SecuritizingMoveCount,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a speech-act label."),
    };
}
