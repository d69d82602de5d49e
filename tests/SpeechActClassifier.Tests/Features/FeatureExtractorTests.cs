using SpeechActClassifier.Features;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Text;

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
    }

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
            new(CueCategory.Threat, 14, 6, true, 1),
            new(CueCategory.Threat, 24, 6, false, 1),
        ];
        var features = ExtractWithCues(text, cues);
        Assert.Equal(2f, features[FeatureLayout.CueCounts + (int)CueCategory.Threat]);
        Assert.Equal(1f, features[FeatureLayout.CuePresence + (int)CueCategory.Threat]);
        Assert.Equal(1f, features[FeatureLayout.NegatedCueCounts + (int)CueCategory.Threat]);
        Assert.Equal(0f, features[FeatureLayout.NegatedCueCounts + (int)CueCategory.Actor]);
        Assert.Equal(1f, features[FeatureLayout.CueWeights + (int)CueCategory.Threat]);
        Assert.Equal(1f, features[FeatureLayout.RuleDecisions..FeatureLayout.TokenCount].Sum());

        // Worked by hand from the codebook procedure: no theory; the un-negated threat (1) frames a danger; nothing
        // de-securitizes; no designation, measure or urgency, so the actor alone does not make it a move: framing.
        Assert.Equal(1f, features[FeatureLayout.RuleDecisions + (int)RuleDecision.Framing]);
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

    [Theory]
    [InlineData(254, 1f)]
    [InlineData(255, 0f)]
    public void CompositesUseTheFirst256TokensOnly(int fillerWords, float actorNearThreat)
    {
        // "NATO threat" after the filler: at tokens 254 and 255 the pair is inside the kept positions (0 to 255) and
        // counts; at 255 and 256 the threat lies past them, so both cues still count in their blocks but make no composite.
        var text = string.Concat(Enumerable.Repeat("word ", fillerWords)) + "NATO threat";
        Cue[] cues =
        [
            new(CueCategory.Actor, text.IndexOf("NATO", StringComparison.Ordinal), 4, false, 1),
            new(CueCategory.Threat, text.IndexOf("threat", StringComparison.Ordinal), 6, false, 1),
        ];
        var features = ExtractWithCues(text, cues);
        Assert.Equal(actorNearThreat, Composite(features, CompositeFeature.ActorNearThreat));
        Assert.Equal(1f, features[FeatureLayout.CueCounts + (int)CueCategory.Threat]);
        Assert.Equal(1f, features[FeatureLayout.CueCounts + (int)CueCategory.Actor]);
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

    /// <summary>The features of hand-placed cues in <paramref name="text"/>, each starting a token, as the matcher would report them.</summary>
    private static float[] ExtractWithCues(string text, Cue[] cues)
    {
        var tokens = Tokenizer.Tokenize(text);
        var cueTokens = cues.Select(cue => Array.FindIndex(tokens, token => token.Start == cue.Start)).ToArray();
        Assert.DoesNotContain(-1, cueTokens);
        var features = new float[FeatureLayout.Width];
        FeatureExtractor.WriteMatchedFeatures(cues, cueTokens, tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number), features);
        return features;
    }

    [Fact]
    public void TheHotPathsCompactVectorHoldsTheFullVectorsValues()
    {
        // Classify counts only the n-gram slots the embedded model's trees read, each at its own index; training and
        // ML.NET count the whole block. Both must agree on every slot the model reads, and on the dense block.
        var forest = SecuritizationClassifier.Default.Forest;
        var sentences = SpeechActClassifier.Tests.Model.GeneratedSentences.Create(1000, seed: 5)
            .Append(string.Join(' ', Enumerable.Repeat("NATO warns of a threat, and troops deploy", 60)));
        var cues = new Cue[CueMatcher.MaxCues];
        var cueTokens = new int[CueMatcher.MaxCues];
        var compact = new float[forest.RequiredWidth];
        var checkedSlots = 0;
        foreach (var sentence in sentences)
        {
            var full = Extract(sentence);
            Array.Clear(compact);
            var count = CueMatcher.Default.Match(sentence, cues, cueTokens, out var words, NgramTarget.Compact(forest.NgramFeatures, compact));
            FeatureExtractor.WriteMatchedFeatures(cues.AsSpan(0, count), cueTokens.AsSpan(0, count), words, compact);

            Assert.Equal(full[..FeatureLayout.HashedNgrams], compact[..FeatureLayout.HashedNgrams]);
            for (var slot = 0; slot < FeatureLayout.HashSlots; slot++)
            {
                var feature = forest.NgramFeatures[slot];
                if (feature >= 0)
                {
                    Assert.Equal(full[FeatureLayout.HashedNgrams + slot], compact[feature]);
                    checkedSlots += full[FeatureLayout.HashedNgrams + slot] > 0 ? 1 : 0;
                }
            }
        }

        Assert.True(checkedSlots > 1000, $"only {checkedSlots} non-zero n-gram slots were compared");
    }

    [Fact]
    public void ASentenceLongerThanTheStackBuffersCountsAsItsRepeatedParts()
    {
        // 70 copies of a 4-word clause: 280 words, past the matcher's 256 stack tokens, and 210 simple cues, within
        // the 256 a sentence keeps. Each copy counts its own unigrams, bigrams and cues; between copies one more
        // bigram ("threats NATO") joins the last word to the first.
        const string Part = "NATO warns of threats";
        var ngrams = (Range)(FeatureLayout.HashedNgrams..FeatureLayout.Width);
        var part = Extract(Part);
        var joint = Extract("threats NATO")[ngrams].Zip(Extract("threats")[ngrams].Zip(Extract("NATO")[ngrams], (a, b) => a + b), (both, alone) => both - alone).ToArray();
        var whole = Extract(string.Join(' ', Enumerable.Repeat(Part, 70)));

        Assert.Equal(280f, whole[FeatureLayout.TokenCount]);
        Assert.Equal(part[ngrams].Zip(joint, (p, j) => (70 * p) + (69 * j)).ToArray(), whole[ngrams]);
        Assert.Equal(70 * part[FeatureLayout.CueCounts + (int)CueCategory.Threat], whole[FeatureLayout.CueCounts + (int)CueCategory.Threat]);
        Assert.Equal(70 * part[FeatureLayout.CueCounts + (int)CueCategory.Actor], whole[FeatureLayout.CueCounts + (int)CueCategory.Actor]);
    }
}
