using SpeechActClassifier.Documents;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Documents;

public sealed class DocumentScoreTests
{
    private const string Article =
        "The minister arrived in Brussels on Monday. " +
        "He said the cyber attacks are an existential threat to our nation and that emergency powers must be granted at once. " +
        "Russia is not a threat to anyone, the spokesman added.\n\n" +
        "Talks on fishing quotas continue next week.";

    [Fact]
    public void EverySentenceIsARangeOfTheDocumentAndItsCuesLieInsideIt()
    {
        var score = SecuritizationClassifier.Default.ScoreDocument(Article);

        Assert.Equal(4, score.Sentences.Count);
        for (var i = 0; i < score.Sentences.Count; i++)
        {
            var sentence = score.Sentences[i];
            Assert.Equal(i, sentence.Index);
            Assert.Equal(Article.Substring(sentence.Start, sentence.Length), sentence.Text);
            Assert.All(sentence.Cues, cue => Assert.InRange(cue.Start, sentence.Start, sentence.End - cue.Length));
        }

        var threat = Assert.Single(score.Sentences[1].Cues, c => c.Category == CueCategory.Threat && !c.IsNegated && Article.Substring(c.Start, c.Length) == "threat");
        Assert.Equal(Article.IndexOf("threat to our", StringComparison.Ordinal), threat.Start);
    }

    [Fact]
    public void SentenceResultsAreThoseOfClassifyingEachSentenceAlone()
    {
        var classifier = SecuritizationClassifier.Default;
        var score = classifier.ScoreDocument(Article);
        foreach (var sentence in score.Sentences)
        {
            Assert.Equal(classifier.Classify(sentence.Text), sentence.Classification);
        }
    }

    [Fact]
    public void TheSummaryCountsLabelsAndAveragesTheIndexFormula()
    {
        var score = SecuritizationClassifier.Default.ScoreDocument(Article);
        var summary = score.Summary;

        Assert.Equal(score.Sentences.Count, summary.SentenceCount);
        foreach (var label in Enum.GetValues<SpeechActLabel>())
        {
            Assert.Equal(score.Sentences.Count(s => s.Label == label), summary.Count(label));
        }

        var expected = score.Sentences.Average(s => s.Classification.SecuritizingMove + (0.5 * s.Classification.ThreatFraming));
        Assert.Equal(expected, summary.SecuritizationIndex, 6);
        Assert.Contains(summary.StrongestCues, t => t.Category == CueCategory.Threat && t.Text == "threat");
    }

    [Fact]
    public void NegatedCuesAreNotCountedAmongTheStrongest()
    {
        var summary = SecuritizationClassifier.Default.ScoreDocument("Russia is not a threat to anyone. Nobody sees a threat here either.").Summary;
        var threat = summary.StrongestCues.SingleOrDefault(t => t.Text == "threat");
        Assert.True(threat is null || threat.Count < 2, "a negated 'threat' must not be tallied");
    }

    [Fact]
    public void TheIndexWeighsAThreatFramingHalfAsMuchAsASecuritizingMove()
    {
        Assert.Equal(1.0, SecuritizationIndex.Of(new SentenceClassification(SpeechActLabel.SecuritizingMove, 0, 0, 1)), 6);
        Assert.Equal(0.5, SecuritizationIndex.Of(new SentenceClassification(SpeechActLabel.ThreatFraming, 0, 1, 0)), 6);
        Assert.Equal(0.0, SecuritizationIndex.Of(new SentenceClassification(SpeechActLabel.Neutral, 1, 0, 0)), 6);
        Assert.Equal(0.25, SecuritizationIndex.Of([new SentenceClassification(SpeechActLabel.ThreatFraming, 0, 1, 0), new SentenceClassification(SpeechActLabel.Neutral, 1, 0, 0)]), 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    public void ADocumentWithoutSentencesHasAnEmptySummary(string text)
    {
        var score = SecuritizationClassifier.Default.ScoreDocument(text);
        Assert.Empty(score.Sentences);
        Assert.Equal(0, score.Summary.SentenceCount);
        Assert.Equal(0, score.Summary.SecuritizationIndex);
        Assert.Empty(score.Summary.StrongestCues);
    }

    [Fact]
    public void ScoreDocumentsIsLazyAndKeepsInputOrder()
    {
        var read = 0;
        IEnumerable<string> Documents()
        {
            foreach (var text in new[] { Article, "Nothing happened.", "War is coming." })
            {
                read++;
                yield return text;
            }
        }

        using var scores = SecuritizationClassifier.Default.ScoreDocuments(Documents()).GetEnumerator();
        Assert.Equal(0, read);
        Assert.True(scores.MoveNext());
        Assert.Equal(1, read);
        Assert.Equal(4, scores.Current.Summary.SentenceCount);
        Assert.True(scores.MoveNext());
        Assert.Equal("Nothing happened.", Assert.Single(scores.Current.Sentences).Text);
    }

    [Fact]
    public void NullIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => SecuritizationClassifier.Default.ScoreDocument(null!));
        Assert.Throws<ArgumentNullException>(() => SecuritizationClassifier.Default.ScoreDocuments(null!));
    }

    [Fact]
    public void APossessiveIsTalliedWithItsStem()
    {
        var summary = SecuritizationClassifier.Default.ScoreDocument("NATO warned of a threat. NATO’s troops deployed. NATO's summit ended.").Summary;
        var nato = Assert.Single(summary.StrongestCues, t => t.Category == CueCategory.Actor && t.Text.StartsWith("nato", StringComparison.Ordinal));
        Assert.Equal("nato", nato.Text);
        Assert.Equal(3, nato.Count);
    }

    [Fact]
    public void CuesAreTalliedInTheMatchersFolding()
    {
        // A modifier-letter apostrophe (U+02BC) and a soft hyphen (U+00AD) fold away as they do for matching, so each
        // pair below is one strongest cue, not two.
        var summary = SecuritizationClassifier.Default.ScoreDocument(
            "NATOʼs troops were deployed. NATO’s ships were deployed. A se\u00ADcurity threat grew. A security threat grew.").Summary;
        Assert.Equal(2, Assert.Single(summary.StrongestCues, t => t.Category == CueCategory.Actor && t.Text.StartsWith("nato", StringComparison.Ordinal)).Count);
        Assert.Equal(2, Assert.Single(summary.StrongestCues, t => t.Category == CueCategory.Threat && t.Text == "security threat").Count);
    }

    [Fact]
    public void TheThreatFramingWeightSpansTheShareOfMovesToTheShareOfNonNeutralSentences()
    {
        var classifier = SecuritizationClassifier.Default;
        var score = classifier.ScoreDocument(Article);
        var movesOnly = classifier.ScoreDocument(Article, new DocumentScoringOptions { ThreatFramingWeight = 0 }).Summary.SecuritizationIndex;
        var nonNeutral = classifier.ScoreDocument(Article, new DocumentScoringOptions { ThreatFramingWeight = 1 }).Summary.SecuritizationIndex;

        Assert.Equal(score.Sentences.Average(s => (double)s.Classification.SecuritizingMove), movesOnly, 6);
        Assert.Equal(score.Sentences.Average(s => 1.0 - s.Classification.Neutral), nonNeutral, 5);
        Assert.InRange(score.Summary.SecuritizationIndex, movesOnly, nonNeutral);
    }

    [Fact]
    public void TheStrongestCueLimitCapsTheList()
    {
        var summary = SecuritizationClassifier.Default.ScoreDocument(Article, new DocumentScoringOptions { StrongestCueLimit = 2 }).Summary;
        Assert.Equal(2, summary.StrongestCues.Count);
        Assert.True(SecuritizationClassifier.Default.ScoreDocument(Article).Summary.StrongestCues.Count > 2);
    }

    [Theory]
    [InlineData(-0.1, 10)]
    [InlineData(1.5, 10)]
    [InlineData(double.NaN, 10)]
    [InlineData(0.5, -1)]
    public void OptionsOutOfRangeAreRejected(double weight, int limit)
    {
        var options = new DocumentScoringOptions { ThreatFramingWeight = weight, StrongestCueLimit = limit };
        Assert.Throws<ArgumentOutOfRangeException>(() => SecuritizationClassifier.Default.ScoreDocument(Article, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => SecuritizationClassifier.Default.ScoreDocuments([Article], options));
    }
}
