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
    bool HasActor,
    bool DesignatesThreat)
{
    /// <summary>Sums the weights of non-negated cues per category; a designation counts from <see cref="RuleBasedClassifier.DesignationMinimumWeight"/>.</summary>
    public static CueEvidence Sum(ReadOnlySpan<Cue> cues)
    {
        float strongestDesignation = 0, threat = 0, negatedThreat = 0, measure = 0, strongestMeasure = 0, urgency = 0, theory = 0, desecuritization = 0;
        bool hasActor = false, designatesThreat = false;
        foreach (var cue in cues)
        {
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
                case CueCategory.DesignatesThreat:
                    designatesThreat |= cue.Weight >= RuleBasedClassifier.DesignationMinimumWeight;
                    break;
            }
        }

        return new CueEvidence(threat, negatedThreat, measure, strongestMeasure, urgency, theory, desecuritization, strongestDesignation, hasActor, designatesThreat);
    }
}
