using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Rules;

/// <summary>The composite cues of rules.tsv: designation as a threat, actor designating, threat near measure.</summary>
public sealed class CompositeRuleTests
{
    [Theory]
    [InlineData("The cabinet regards the cartel as a national security threat.", "regards the cartel as a national security threat")]
    [InlineData("Ankara considers the militia and its allies across the river as a terrorist threat.", "considers the militia and its allies across the river as a terrorist threat")]
    [InlineData("The envoy warned of the danger of escalation.", "warned of the danger")]
    [InlineData("The mayor warned that drugs and gangs threaten the town.", "warned that drugs and gangs threaten")]
    [InlineData("The blockade is a grave danger to the island, the president warned.", "danger to the island, the president warned")]
    public void DesignationFollowedByThreat(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.DesignatesThreat, text);

    [Theory]
    [InlineData("The minister warned that the storm would hit the coast.", "minister warned")]
    [InlineData("Beijing, which hosts the talks, declared the zone closed.", "Beijing, which hosts the talks, declared")]
    public void ActorFollowedByDesignation(string sentence, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.ActorDesignates, text);

    [Theory]
    [InlineData("The alliance moved to deter further aggression.", CueCategory.ThreatMeasure, "deter further aggression")]
    [InlineData("After the invasion, the bloc imposed sanctions.", CueCategory.ThreatMeasure, "invasion, the bloc imposed sanctions")]
    [InlineData("The government imposed a curfew in the capital.", CueCategory.ActorMeasure, "government imposed a curfew")]
    public void ThreatsAndMeasures(string sentence, CueCategory category, string text) =>
        CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), category, text);

    [Fact]
    public void DesignationAcrossAClauseBreakIsNotCombinedByClauseRules()
    {
        const string sentence = "The report was considered, and then the danger passed without anyone noticing.";
        CueAssert.HasNo(sentence, CueMatcher.Default.Match(sentence), CueCategory.DesignatesThreat);
    }

    [Fact]
    public void ReportingVerbMakesOnlyAWeakDesignation()
    {
        const string sentence = "The spokesman said the threat was real.";
        var cue = CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.DesignatesThreat, "said the threat");
        Assert.True(cue.Weight < RuleBasedClassifier.DesignationMinimumWeight);
    }

    [Fact]
    public void NegatedPartNegatesTheComposite()
    {
        const string sentence = "Tokyo does not regard the drills as a threat.";
        var cue = CueAssert.Has(sentence, CueMatcher.Default.Match(sentence), CueCategory.DesignatesThreat, "regard the drills as a threat");
        Assert.True(cue.IsNegated);
    }

    [Fact]
    public void EveryLeftCuePairsWithARightCueAfterIt()
    {
        // Two actors share the designation after them, and another designation ("warned") stands before both: each
        // actor combines with the one after it, none with the one before.
        const string sentence = "The council warned the minister and the president who then declared the zone closed.";
        var cues = CueMatcher.Default.Match(sentence);
        CueAssert.Has(sentence, cues, CueCategory.ActorDesignates, "minister and the president who then declared");
        CueAssert.Has(sentence, cues, CueCategory.ActorDesignates, "president who then declared");
    }
}
