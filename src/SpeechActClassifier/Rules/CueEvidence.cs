namespace SpeechActClassifier.Rules;

/// <summary>The cues of one sentence summed per category, as the decision procedure reads them.</summary>
internal readonly record struct CueEvidence(
    float Threat,
    float NegatedThreat,
    float Measure,
    float StrongestMeasure,
    float Urgency,
    float Theory,
    float Desecuritization,
    float StrongestDesignation,
    float StrongestActorMeasure,
    bool HasActor,
    bool ActorDesignatesThreat)
{
    /// <summary>Sums the weights of non-negated cues per category and finds an actor designating a threat.</summary>
    public static CueEvidence Sum(ReadOnlySpan<Cue> cues)
    {
        float strongestDesignation = 0, threat = 0, negatedThreat = 0, measure = 0, strongestMeasure = 0, urgency = 0, theory = 0, desecuritization = 0;
        var hasActor = false;

        // The pairings below scan the cues again; most sentences have neither kind of composite, so look only when they do.
        var hasDesignatesThreat = false;
        var hasActorMeasure = false;
        foreach (var cue in cues)
        {
            hasDesignatesThreat |= cue.Category == CueCategory.DesignatesThreat;
            hasActorMeasure |= cue.Category == CueCategory.ActorMeasure;
            if (cue.IsNegated)
            {
                if (cue.Category == CueCategory.Threat)
                {
                    negatedThreat += cue.Weight;
                }

                continue;
            }

            switch (cue.Category)
            {
                case CueCategory.Threat:
                    threat += cue.Weight;
                    break;
                case CueCategory.Measure:
                    measure += cue.Weight;
                    strongestMeasure = Math.Max(strongestMeasure, cue.Weight);
                    break;
                case CueCategory.Urgency:
                    urgency += cue.Weight;
                    break;
                case CueCategory.Theory:
                    theory += cue.Weight;
                    break;
                case CueCategory.Desecuritization:
                    desecuritization += cue.Weight;
                    break;
                case CueCategory.Designation:
                    strongestDesignation = Math.Max(strongestDesignation, cue.Weight);
                    break;
                case CueCategory.Actor:
                    hasActor = true;
                    break;
            }
        }

        return new CueEvidence(
            threat,
            negatedThreat,
            measure,
            strongestMeasure,
            urgency,
            theory,
            desecuritization,
            strongestDesignation,
            hasActorMeasure ? StrongestMeasureTakenByActor(cues) : 0f,
            hasActor,
            hasDesignatesThreat && HasActorDesignatingThreat(cues));
    }

    /// <summary>
    /// True when an actor's designation and a designation of a threat share the same verb: an ActorDesignates cue
    /// ends inside a DesignatesThreat cue ("NATO identifies" + "identifies Russia as a threat"). An actor elsewhere
    /// in the sentence does not make "experts warned of the danger" a designation (codebook: experts frame).
    /// </summary>
    private static bool HasActorDesignatingThreat(ReadOnlySpan<Cue> cues)
    {
        foreach (var designation in cues)
        {
            if (designation.Category != CueCategory.DesignatesThreat || designation.IsNegated || designation.Weight < RuleBasedClassifier.DesignationMinimumWeight)
            {
                continue;
            }

            foreach (var actor in cues)
            {
                if (actor.Category == CueCategory.ActorDesignates && !actor.IsNegated && actor.End > designation.Start && actor.End <= designation.End)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The weight of the strongest non-negated measure that an ActorMeasure cue ends with ("police stepped up
    /// patrols": the patrols), or 0 when no actor takes a measure.
    /// </summary>
    private static float StrongestMeasureTakenByActor(ReadOnlySpan<Cue> cues)
    {
        var strongest = 0f;
        foreach (var taken in cues)
        {
            if (taken.Category != CueCategory.ActorMeasure || taken.IsNegated)
            {
                continue;
            }

            foreach (var measure in cues)
            {
                if (measure.Category == CueCategory.Measure && !measure.IsNegated && measure.End == taken.End)
                {
                    strongest = Math.Max(strongest, measure.Weight);
                }
            }
        }

        return strongest;
    }
}
