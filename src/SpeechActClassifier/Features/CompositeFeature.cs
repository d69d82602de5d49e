namespace SpeechActClassifier.Features;

/// <summary>
/// Features derived from where cues sit relative to each other, for the parts of the codebook's decision procedure
/// that one cue alone does not show. Only cues that no negator governs take part. Values are offsets inside
/// <see cref="FeatureLayout.Composites"/>: append, never reorder.
/// </summary>
internal enum CompositeFeature
{
    /// <summary>A designation verb followed by a threat word within <see cref="FeatureLayout.NearTokens"/> tokens ("considers ... as a security threat").</summary>
    DesignationAsThreat,

    /// <summary>An actor within <see cref="FeatureLayout.NearTokens"/> tokens of a threat word, either side.</summary>
    ActorNearThreat,

    /// <summary>A threat word within <see cref="FeatureLayout.NearTokens"/> tokens of a measure, either side.</summary>
    ThreatNearMeasure,

    /// <summary>A theory or meta-discourse cue in a sentence with no actor: abstract talk about security (codebook: Neutral).</summary>
    TheoryTalk,
}
