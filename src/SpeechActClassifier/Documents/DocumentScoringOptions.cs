namespace SpeechActClassifier;

/// <summary>
/// Choices about how a document is summarized; the sentences' labels and probabilities never depend on them.
/// The defaults are the ones every figure of this project uses.
/// </summary>
/// <example>
/// A sensitivity check of the index: count only securitizing moves, then every non-neutral sentence.
/// <code>
/// var movesOnly = classifier.ScoreDocument(text, new DocumentScoringOptions { ThreatFramingWeight = 0 });
/// var anyThreat = classifier.ScoreDocument(text, new DocumentScoringOptions { ThreatFramingWeight = 1 });
/// </code>
/// </example>
public sealed record DocumentScoringOptions
{
    /// <summary>The options every figure of this project uses.</summary>
    public static DocumentScoringOptions Default { get; } = new();

    /// <summary>
    /// How much a threat framing counts in the securitization index relative to a securitizing move, in [0, 1];
    /// default 0.5. 0 makes the index the expected share of
    /// securitizing moves, 1 the expected share of sentences that are not neutral.
    /// </summary>
    public double ThreatFramingWeight { get; init; } = Documents.SecuritizationIndex.ThreatFramingWeight;

    /// <summary>How many cue terms <see cref="DocumentSummary.StrongestCues"/> lists at most; default <see cref="DocumentSummary.StrongestCueLimit"/>.</summary>
    public int StrongestCueLimit { get; init; } = DocumentSummary.StrongestCueLimit;

    /// <summary>Throws when a value is out of its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The weight is outside [0, 1] or not a number, or the limit is negative.</exception>
    internal void Validate()
    {
        if (!(ThreatFramingWeight is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ThreatFramingWeight), ThreatFramingWeight, "The threat-framing weight must lie in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(StrongestCueLimit, nameof(StrongestCueLimit));
    }
}
