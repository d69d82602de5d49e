namespace SpeechActClassifier.Rules;

/// <summary>
/// The interpretable baseline: the codebook's decision procedure applied to the cues of a <see cref="Lexicon"/>.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The procedure, in order: meta-discourse (theory words) is Neutral; no concrete danger framed is Neutral; a
/// danger outweighed by de-securitization is Neutral; a framed danger that an actor designates, or that comes
/// with a measure or an actor's call to act, is a SecuritizingMove; any other framed danger is ThreatFraming;
/// a strong security measure, or a civil-sense one an actor takes, with no threat named is a SecuritizingMove.
/// </remarks>
public sealed class RuleBasedClassifier
{
    /// <summary>
    /// Summed weight of non-negated Threat cues that frames a danger. One word of threat.tsv's 0.7 group or above
    /// frames on its own ("kill", "bomb", "hostage", "serious risk", "at risk"); the 0.6 groups (concern and fear,
    /// and words mostly ordinary in news: a lone "risk", "war", "crisis", "nuclear weapons") and the 0.4 group
    /// ("challenges", "victims", "concerned") need a second cue, so a lone "concern" or "risk" stays Neutral.
    /// </summary>
    internal const float ThreatThreshold = 0.7f;

    /// <summary>
    /// Lower threat weight that still frames a danger when a measure is aimed at it: one of threat.tsv's weaker
    /// words (0.6 to 0.7: "nuclear weapon", "smuggling", "risk") next to a measure ("will never allow Tehran to
    /// acquire a nuclear weapon"). The codebook counts measures as a response to a threat even when the threat
    /// word is implicit, so a weak one is enough.
    /// </summary>
    internal const float ThreatWithMeasureThreshold = 0.5f;

    /// <summary>Summed theory weight that makes a sentence meta-discourse: one full theory term, or two academic words (0.5 each).</summary>
    internal const float TheoryThreshold = 1.0f;

    /// <summary>Summed de-securitization weight that can deny a threat; it must also be at least the threat weight.</summary>
    internal const float DesecuritizationThreshold = 0.8f;

    /// <summary>
    /// Smallest weight of a DesignatesThreat cue (rule weight × the weaker of verb and threat) that counts:
    /// "warned of the danger" (0.8 × 1), "sees ... as a threat" (1 × 0.8) and "warned of concerns" (0.8 × 0.6) do;
    /// "said ... threat" (0.8 × 0.4), "condemned the attack" (0.8 × 0.55: condemning is framing) and "warned of
    /// challenges" (0.8 × 0.4) do not. Set between 0.44 and 0.48 by those designation.tsv and threat.tsv weights.
    /// </summary>
    internal const float DesignationMinimumWeight = 0.45f;

    /// <summary>
    /// Weight from which a designation needs no actor cue: the speaker's explicit performative ("let me be clear",
    /// "make no mistake", "I made it clear") and the passive official act ("was designated", "were declared"),
    /// whose actor is the speaker or a clearly implied authority. designation.tsv gives those groups 1.5 and every
    /// other verb at most 1. A performative's colon may end the clause, so it needs no composite either.
    /// </summary>
    internal const float PerformativeMinimumWeight = 1.5f;

    /// <summary>
    /// Summed measure weight that, with a framed danger, is a measure (step 2b): one action verb against a threat
    /// ("fight", "counter", "defend", "arrest", "detain", "foil", 0.6) is enough; a lone policy verb ("fight against",
    /// "tackle", "confront", 0.5) or "protect"-class verb (0.4) is ordinary politics and is not.
    /// </summary>
    internal const float MeasureWithThreatThreshold = 0.6f;

    /// <summary>Weight of a single measure that is a bare security measure on its own (measure.tsv's first group weighs 1).</summary>
    internal const float BareMeasureMinimumWeight = 1.0f;

    /// <summary>
    /// Weight of a measure that an actor takes (an ActorMeasure cue) from which it is a bare security measure:
    /// measure.tsv's civil-sense group (patrols, deportations, checkpoints, lockdowns; 0.7) counts when an actor
    /// takes it ("police stepped up patrols"), while the mostly ordinary group (bans, soldiers, exercises; 0.5)
    /// still needs a threat.
    /// </summary>
    internal const float ActorMeasureMinimumWeight = 0.7f;

    /// <summary>Summed urgency weight that, with an actor and a framed danger, is a call to act ("must act now", "at stake").</summary>
    internal const float UrgencyThreshold = 1.0f;

    private static readonly Lazy<RuleBasedClassifier> DefaultClassifier = new(() => new RuleBasedClassifier(CueMatcher.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Builds a classifier over the terms and composite rules of <paramref name="lexicon"/>.</summary>
    /// <param name="lexicon">E.g. <see cref="Lexicon.Default"/> with additions of your own (<see cref="Lexicon.Add"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is <see langword="null"/>.</exception>
    public RuleBasedClassifier(Lexicon lexicon)
        : this(new CueMatcher(lexicon ?? throw new ArgumentNullException(nameof(lexicon))))
    {
    }

    /// <summary>Builds a classifier over a matcher.</summary>
    /// <param name="matcher">The matcher whose cues the procedure reads.</param>
    internal RuleBasedClassifier(CueMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        Matcher = matcher;
    }

    /// <summary>The classifier over the embedded lexicon (<see cref="Lexicon.Default"/>).</summary>
    public static RuleBasedClassifier Default => DefaultClassifier.Value;

    /// <summary>The matcher whose cues the procedure reads.</summary>
    internal CueMatcher Matcher { get; }

    /// <summary>Labels one sentence and returns the cues behind the label.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The label, the deciding step and the cues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public RuleBasedClassification Classify(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        Span<Cue> cues = stackalloc Cue[CueMatcher.MaxCues];
        var count = Matcher.Match(sentence.AsSpan(), cues);
        var decision = Decide(cues[..count]);
        return new RuleBasedClassification(LabelOf(decision), decision, cues[..count].ToArray());
    }

    /// <summary>Labels one sentence without allocating.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The label.</returns>
    public SpeechActLabel Classify(ReadOnlySpan<char> sentence)
    {
        Span<Cue> cues = stackalloc Cue[CueMatcher.MaxCues];
        var count = Matcher.Match(sentence, cues);
        return LabelOf(Decide(cues[..count]));
    }

    /// <summary>The label a decision stands for.</summary>
    /// <param name="decision">A step of the decision procedure.</param>
    /// <returns>Its label.</returns>
    public static SpeechActLabel LabelOf(RuleDecision decision) => decision switch
    {
        RuleDecision.Designation or RuleDecision.ThreatWithMeasure or RuleDecision.BareMeasure => SpeechActLabel.SecuritizingMove,
        RuleDecision.Framing => SpeechActLabel.ThreatFraming,
        _ => SpeechActLabel.Neutral,
    };

    /// <summary>Applies the decision procedure to cues from any matcher (e.g. to explain a model's input).</summary>
    /// <param name="cues">The cues of one sentence.</param>
    /// <returns>The step that decides.</returns>
    public static RuleDecision Decide(ReadOnlySpan<Cue> cues)
    {
        var evidence = CueEvidence.Sum(cues);
        if (evidence.Theory >= TheoryThreshold)
        {
            return RuleDecision.MetaDiscourse;
        }

        var framed = evidence.Threat >= ThreatThreshold
            || (evidence.Threat >= ThreatWithMeasureThreshold && evidence.Measure >= MeasureWithThreatThreshold);
        var denied = evidence.Desecuritization >= DesecuritizationThreshold && evidence.Desecuritization >= evidence.Threat;
        if (framed && !denied)
        {
            if (evidence.ActorDesignatesThreat || evidence.StrongestDesignation >= PerformativeMinimumWeight)
            {
                return RuleDecision.Designation;
            }

            if (evidence.Measure >= MeasureWithThreatThreshold || (evidence.HasActor && evidence.Urgency >= UrgencyThreshold))
            {
                return RuleDecision.ThreatWithMeasure;
            }

            return RuleDecision.Framing;
        }

        var bareMeasure = Math.Max(
            evidence.StrongestMeasure >= BareMeasureMinimumWeight ? evidence.StrongestMeasure : 0f,
            evidence.StrongestActorMeasure >= ActorMeasureMinimumWeight ? evidence.StrongestActorMeasure : 0f);
        if (bareMeasure > 0 && evidence.Desecuritization < bareMeasure)
        {
            return RuleDecision.BareMeasure;
        }

        return framed || evidence.NegatedThreat > 0 ? RuleDecision.ThreatDenied : RuleDecision.NoThreat;
    }
}
