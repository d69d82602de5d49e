namespace SpeechActClassifier.Documents;

/// <summary>What a whole document does: label counts, the securitization index, and its strongest cues.</summary>
/// <param name="SentenceCount">Number of sentences.</param>
/// <param name="Neutral">Sentences labelled <see cref="SpeechActLabel.Neutral"/>.</param>
/// <param name="ThreatFraming">Sentences labelled <see cref="SpeechActLabel.ThreatFraming"/>.</param>
/// <param name="SecuritizingMove">Sentences labelled <see cref="SpeechActLabel.SecuritizingMove"/>.</param>
/// <param name="SecuritizationIndex">
/// In [0, 1]; see <see cref="Documents.SecuritizationIndex"/> for the formula (and
/// <see cref="DocumentScoringOptions.ThreatFramingWeight"/> for its one parameter). 0 for a document without sentences.
/// </param>
/// <param name="StrongestCues">At most <see cref="DocumentScoringOptions.StrongestCueLimit"/> cue terms, strongest first (see <see cref="CueTally.Strength"/>).</param>
public sealed record DocumentSummary(
    int SentenceCount,
    int Neutral,
    int ThreatFraming,
    int SecuritizingMove,
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
        SpeechActLabel.Neutral => Neutral,
        SpeechActLabel.ThreatFraming => ThreatFraming,
        SpeechActLabel.SecuritizingMove => SecuritizingMove,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Not a speech-act label."),
    };
}
