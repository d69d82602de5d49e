using SpeechActClassifier.Rules;
using SpeechActClassifier.Text;
using Xunit.Abstractions;

namespace SpeechActClassifier.Tests.Reliability;

/// <summary>
/// Whatever text arrives, the text layer, the matcher, the classifier and the article scorer never throw, keep every
/// offset inside the input, give finite probabilities that sum to 1, and answer the same way twice.
/// </summary>
public sealed class HostileInputPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void TheSplitterGivesOrderedNonOverlappingRangesInsideTheText()
    {
        var tried = Property.Check(HostileText.Strings, HostileText.Extremes(), text =>
        {
            var previousEnd = 0;
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                Assert.InRange(sentence.Length, 1, SentenceSplitter.MaxSentenceLength);
                Assert.True(sentence.Start >= previousEnd, "ranges overlap or go backwards");
                Assert.True(sentence.End <= text.Length, "a range ends past the text");
                previousEnd = sentence.End;
            }
        });
        output.WriteLine($"splitter: {tried} inputs");
    }

    [Fact]
    public void TheTokenizerGivesOrderedTokensInsideTheText()
    {
        var tried = Property.Check(HostileText.Strings, HostileText.Extremes(), text =>
        {
            var previousEnd = 0;
            foreach (var token in Tokenizer.Enumerate(text))
            {
                Assert.True(token.Length > 0 && token.Start >= previousEnd && token.End <= text.Length, $"token {token.Start}+{token.Length}");
                previousEnd = token.End;
            }
        });
        output.WriteLine($"tokenizer: {tried} inputs");
    }

    [Fact]
    public void CuesLieInsideTheSentenceAndMatchingTwiceAgrees()
    {
        var tried = Property.Check(HostileText.Strings, HostileText.Extremes(), text =>
        {
            var cues = CueMatcher.Default.Match(text);
            Assert.All(cues, cue => Assert.True(cue.Start >= 0 && cue.Length > 0 && cue.End <= text.Length, $"cue {cue.Start}+{cue.Length}"));
            Assert.True(cues.Count <= CueMatcher.MaxCues);
            Assert.Equal(cues, CueMatcher.Default.Match(text));
        });
        output.WriteLine($"cue matcher: {tried} inputs");
    }

    [Fact]
    public void ClassificationIsADistributionAndDeterministic()
    {
        var classifier = SecuritizationClassifier.Default;
        var tried = Property.Check(HostileText.Strings, HostileText.Extremes(), text =>
        {
            var first = classifier.Classify(text);
            AssertDistribution(first);
            Assert.Equal(first, classifier.Classify(text));
            var analysis = classifier.Explain(text);
            Assert.Equal(first, analysis.Classification);
            Assert.All(analysis.Cues, cue => Assert.True(cue.End <= text.Length));
        });
        output.WriteLine($"classifier: {tried} inputs");
    }

    [Fact]
    public void ArticleScoresStayInsideTheDocument()
    {
        var classifier = SecuritizationClassifier.Default;
        var tried = Property.Check(HostileText.Strings, HostileText.Extremes(), text =>
        {
            var score = classifier.ScoreDocument(text);
            foreach (var sentence in score.Sentences)
            {
                Assert.True(sentence.Start >= 0 && sentence.End <= text.Length);
                Assert.Equal(text.Substring(sentence.Start, sentence.Length), sentence.Text);
                Assert.All(sentence.Cues, cue => Assert.True(cue.Start >= sentence.Start && cue.End <= sentence.End, "a cue outside its sentence"));
                AssertDistribution(sentence.Classification);
            }

            Assert.InRange(score.Summary.SecuritizationIndex, 0, 1);
            Assert.Equal(score.Sentences.Count, score.Summary.NeutralCount + score.Summary.ThreatFramingCount + score.Summary.SecuritizingMoveCount);
        });
        output.WriteLine($"article scorer: {tried} inputs");
    }

    [Fact]
    public void NullIsTheOnlyArgumentException()
    {
        Assert.Throws<ArgumentNullException>(() => SecuritizationClassifier.Default.Classify((string)null!));
        Assert.Throws<ArgumentNullException>(() => SecuritizationClassifier.Default.Explain(null!));
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Split(null!));
        Assert.Throws<ArgumentNullException>(() => CueMatcher.Default.Match((string)null!));
    }

    private static void AssertDistribution(SentenceClassification c)
    {
        float[] p = [c.Neutral, c.ThreatFraming, c.SecuritizingMove];
        Assert.All(p, v => Assert.True(float.IsFinite(v) && v >= 0 && v <= 1, $"probability {v}"));
        Assert.Equal(1.0, p.Sum(v => (double)v), 5);

        // The label is the class with the largest probability times the model's decision weight.
        var weights = SecuritizationClassifier.Default.Manifest.DecisionWeights;
        var weighted = p.Select((v, k) => v * weights.Of((SpeechActLabel)k)).ToArray();
        Assert.Equal(c.Label, (SpeechActLabel)Array.IndexOf(weighted, weighted.Max()));
    }
}
