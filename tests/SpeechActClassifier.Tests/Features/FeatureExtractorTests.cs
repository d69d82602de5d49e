using SpeechActClassifier.Features;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Features;

public sealed class FeatureExtractorTests
{
    private const string Sentence = "NATO identifies Russia as a new source of threat and deploys troops.";

    private static float[] Extract(string sentence)
    {
        var features = new float[FeatureLayout.Width];
        Assert.Equal(FeatureLayout.Width, FeatureExtractor.Default.Extract(sentence, features));
        return features;
    }

    [Fact]
    public void TheLayoutBlocksAreContiguousAndSizedFromTheCueCategories()
    {
        var categories = Enum.GetValues<CueCategory>().Length;
        Assert.Equal(0, FeatureLayout.CueCounts);
        Assert.Equal(categories, FeatureLayout.CuePresence);
        Assert.Equal(2 * categories, FeatureLayout.NegatedCueCounts);
        Assert.Equal(3 * categories, FeatureLayout.CueWeights);
        Assert.Equal(4 * categories, FeatureLayout.Composites);
        Assert.Equal(FeatureLayout.Composites + Enum.GetValues<CompositeFeature>().Length, FeatureLayout.RuleDecisions);
        Assert.Equal(FeatureLayout.RuleDecisions + Enum.GetValues<RuleDecision>().Length, FeatureLayout.TokenCount);
        Assert.Equal(FeatureLayout.TokenCount + 1, FeatureLayout.HashedNgrams);
        Assert.Equal(FeatureLayout.HashedNgrams + FeatureLayout.HashSlots, FeatureLayout.Width);
        Assert.Equal("composite:ActorNearThreat", FeatureLayout.NameOf(FeatureLayout.Composites + (int)CompositeFeature.ActorNearThreat));
    }

    [Fact]
    public void ExtractionIsDeterministic() => Assert.Equal(Extract(Sentence), Extract(Sentence));

    [Fact]
    public void ExtractionAllocatesNothingAfterWarmUp()
    {
        var features = new float[FeatureLayout.Width];
        FeatureExtractor.Default.Extract(Sentence, features);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            FeatureExtractor.Default.Extract(Sentence, features);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void AShortDestinationIsRejected() =>
        Assert.Throws<ArgumentException>(() => FeatureExtractor.Default.Extract(Sentence, new float[FeatureLayout.Width - 1]));

    [Fact]
    public void CaseDoesNotChangeTheNgramsButWordsDo()
    {
        var ngrams = (Range)(FeatureLayout.HashedNgrams..FeatureLayout.Width);
        Assert.Equal(Extract("NATO Deploys Troops")[ngrams], Extract("nato deploys troops")[ngrams]);
        Assert.NotEqual(Extract("nato deploys troops")[ngrams], Extract("nato withdraws troops")[ngrams]);
    }

    [Fact]
    public void UnigramsAndBigramsAreCounted()
    {
        // Three words: three unigrams and two bigrams, each adding 1 to some slot.
        var features = Extract("NATO deploys troops.");
        Assert.Equal(5f, features[FeatureLayout.HashedNgrams..].Sum());
        Assert.Equal(3f, features[FeatureLayout.TokenCount]);
    }

    [Fact]
    public void PunctuationBreaksBigrams() =>
        Assert.Equal(4f, Extract("Moscow, NATO troops")[FeatureLayout.HashedNgrams..].Sum());

    [Fact]
    public void CuesAreCountedFlaggedAndNegationCounted()
    {
        const string text = "NATO is not a threat, a danger.";
        Cue[] cues =
        [
            new(CueCategory.Actor, 0, 4, false, 1),
            new(CueCategory.Threat, 15, 6, true, 1),
            new(CueCategory.Threat, 25, 6, false, 1),
        ];
        var features = ExtractWithCues(text, cues);
        Assert.Equal(2f, features[FeatureLayout.CueCounts + (int)CueCategory.Threat]);
        Assert.Equal(1f, features[FeatureLayout.CuePresence + (int)CueCategory.Threat]);
        Assert.Equal(1f, features[FeatureLayout.NegatedCueCounts + (int)CueCategory.Threat]);
        Assert.Equal(0f, features[FeatureLayout.NegatedCueCounts + (int)CueCategory.Actor]);
        Assert.Equal(1f, features[FeatureLayout.CueWeights + (int)CueCategory.Threat]);
        Assert.Equal(1f, features[FeatureLayout.RuleDecisions..FeatureLayout.TokenCount].Sum());
        Assert.Equal(1f, features[FeatureLayout.RuleDecisions + (int)RuleBasedClassifier.Decide(cues)]);
        Assert.Equal(1f, Composite(features, CompositeFeature.ActorNearThreat));
    }

    [Fact]
    public void DesignationAsThreatNeedsTheThreatAfterTheVerbAndNearIt()
    {
        const string text = "Russia considers enlargement a threat.";
        var designation = new Cue(CueCategory.Designation, 7, 9, false, 1);
        var threat = new Cue(CueCategory.Threat, 31, 6, false, 1);
        Assert.Equal(1f, Composite(ExtractWithCues(text, [designation, threat]), CompositeFeature.DesignationAsThreat));
        Assert.Equal(0f, Composite(ExtractWithCues(text, [designation, threat with { IsNegated = true }]), CompositeFeature.DesignationAsThreat));

        var far = "The threat grew in " + string.Join(' ', Enumerable.Repeat("many", 12)) + " years, officials considered.";
        var farThreat = new Cue(CueCategory.Threat, 4, 6, false, 1);
        var farDesignation = new Cue(CueCategory.Designation, far.IndexOf("considered", StringComparison.Ordinal), 10, false, 1);
        Assert.Equal(0f, Composite(ExtractWithCues(far, [farThreat, farDesignation]), CompositeFeature.DesignationAsThreat));
    }

    [Fact]
    public void DesignationAsThreatLooksPastAWordThatIsBothDesignationAndThreat()
    {
        // "threaten" is a designation and a threat in one token; the designation "warned" before it still pairs with it.
        const string text = "Officials warned that gangs threaten the port.";
        var warned = new Cue(CueCategory.Designation, 10, 6, false, 1);
        var threatenAsDesignation = new Cue(CueCategory.Designation, 28, 8, false, 1);
        var threatenAsThreat = new Cue(CueCategory.Threat, 28, 8, false, 1);
        Assert.Equal(1f, Composite(ExtractWithCues(text, [warned, threatenAsDesignation, threatenAsThreat]), CompositeFeature.DesignationAsThreat));
        Assert.Equal(0f, Composite(ExtractWithCues(text, [threatenAsDesignation, threatenAsThreat]), CompositeFeature.DesignationAsThreat));
    }

    [Fact]
    public void ActorAndMeasureCountOnEitherSideOfTheThreat()
    {
        const string text = "The invasion alarmed NATO, which sent troops.";
        var invasion = new Cue(CueCategory.Threat, 4, 8, false, 1);
        var nato = new Cue(CueCategory.Actor, 21, 4, false, 1);
        var troops = new Cue(CueCategory.Measure, 38, 6, false, 1);
        var features = ExtractWithCues(text, [invasion, nato, troops]);
        Assert.Equal(1f, Composite(features, CompositeFeature.ActorNearThreat));
        Assert.Equal(1f, Composite(features, CompositeFeature.ThreatNearMeasure));
        Assert.Equal(0f, Composite(features, CompositeFeature.DesignationAsThreat));
        Assert.Equal(0f, Composite(ExtractWithCues(text, [nato, troops]), CompositeFeature.ActorNearThreat));
    }

    [Fact]
    public void ThreatNearMeasureAndTheoryTalk()
    {
        const string text = "The threat justified sanctions under securitization theory.";
        Cue[] cues =
        [
            new(CueCategory.Threat, 4, 6, false, 1),
            new(CueCategory.Measure, 21, 9, false, 1),
            new(CueCategory.Theory, 37, 14, false, 1),
        ];
        var features = ExtractWithCues(text, cues);
        Assert.Equal(1f, Composite(features, CompositeFeature.ThreatNearMeasure));
        Assert.Equal(1f, Composite(features, CompositeFeature.TheoryTalk));
        Assert.Equal(0f, Composite(ExtractWithCues(text, [new(CueCategory.Actor, 0, 3, false, 1), .. cues]), CompositeFeature.TheoryTalk));
    }

    [Fact]
    public void EveryInputGivesFiniteFeatures()
    {
        foreach (var text in new[] { string.Empty, "   ", "\u00AD\u200B", "Россия считает НАТО угрозой.", string.Join(' ', Enumerable.Repeat("threat troops NATO", 400)) })
        {
            Assert.All(Extract(text), f => Assert.True(float.IsFinite(f) && f >= 0));
        }
    }

    private static float Composite(float[] features, CompositeFeature feature) => features[FeatureLayout.Composites + (int)feature];

    private static float[] ExtractWithCues(string text, Cue[] cues)
    {
        var features = new float[FeatureLayout.Width];
        FeatureExtractor.Extract(text, cues, features);
        return features;
    }

    [Fact]
    public void TheHotPathsOneTokenizationGivesTheSameVectorAsTheExtractor()
    {
        var sentences = SpeechActClassifier.Tests.Model.GeneratedSentences.Create(1000, seed: 5)
            .Append(string.Join(' ', Enumerable.Repeat("NATO warns of a threat, and troops deploy", 60)));
        var cues = new Cue[CueMatcher.MaxCues];
        var cueTokens = new int[CueMatcher.MaxCues];
        var expected = new float[FeatureLayout.Width];
        var actual = new float[FeatureLayout.HashedNgrams];
        foreach (var sentence in sentences)
        {
            var cueCount = CueMatcher.Default.Match(sentence, cues);
            FeatureExtractor.Extract(sentence, cues.AsSpan(0, cueCount), expected, hashNgrams: false);

            var again = CueMatcher.Default.Match(sentence, cues, cueTokens, out var words);
            FeatureExtractor.ExtractWithoutNgrams(cues.AsSpan(0, again), cueTokens.AsSpan(0, again), words, actual);

            Assert.Equal(cueCount, again);
            Assert.Equal(expected.AsSpan(0, FeatureLayout.HashedNgrams).ToArray(), actual);
        }
    }
}
