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
        // Indexed by category rather than switched on it: the category of the next cue is as unpredictable as the
        // text, and an index costs no branch. Sums keep the cues' order, so they are the same floats a switch adds.
        Span<float> weights = stackalloc float[CueCategories.Count];
        Span<float> strongest = stackalloc float[CueCategories.Count];
        weights.Clear();
        strongest.Clear();
        var negatedThreat = 0f;
        var affirmed = 0UL;
        var seen = 0UL;
        foreach (var cue in cues)
        {
            var category = (int)cue.Category;
            seen |= 1UL << category;
            if (cue.IsNegated)
            {
                if (cue.Category == CueCategory.Threat)
                {
                    negatedThreat += cue.Weight;
                }

                continue;
            }

            affirmed |= 1UL << category;
            weights[category] += cue.Weight;
            strongest[category] = Math.Max(strongest[category], cue.Weight);
        }

        // The pairings below scan the cues again; most sentences have neither kind of composite, so look only when they do.
        var hasDesignatesThreat = (seen & (1UL << (int)CueCategory.DesignatesThreat)) != 0;
        var hasActorMeasure = (seen & (1UL << (int)CueCategory.ActorMeasure)) != 0;
        return new CueEvidence(
            weights[(int)CueCategory.Threat],
            negatedThreat,
            weights[(int)CueCategory.Measure],
            strongest[(int)CueCategory.Measure],
            weights[(int)CueCategory.Urgency],
            weights[(int)CueCategory.Theory],
            weights[(int)CueCategory.Desecuritization],
            strongest[(int)CueCategory.Designation],
            hasActorMeasure ? StrongestMeasureTakenByActor(cues) : 0f,
            (affirmed & (1UL << (int)CueCategory.Actor)) != 0,
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
