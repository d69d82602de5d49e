using SpeechActClassifier.Tests.Model;

namespace SpeechActClassifier.Tests.Reliability;

/// <summary>One shared classifier under load from many threads answers exactly as it does on one.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public void EightThreadsGiveTheResultsOfOneForAHundredThousandClassifications()
    {
        var classifier = SecuritizationClassifier.Default;
        var sentences = GeneratedSentences.Create(5000, seed: 17);
        const int total = 100_000;
        var expected = sentences.Select(s => classifier.Classify(s)).ToArray();

        var actual = new SentenceClassification[total];
        Parallel.For(0, total, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = classifier.Classify(sentences[i % sentences.Length]));

        for (var i = 0; i < total; i++)
        {
            Assert.Equal(expected[i % sentences.Length], actual[i]);
        }
    }

    [Fact]
    public void ScoringDocumentsConcurrentlyEqualsScoringThemInTurn()
    {
        var classifier = SecuritizationClassifier.Default;
        var documents = Enumerable.Range(0, 64)
            .Select(i => string.Join(' ', GeneratedSentences.Create(12, seed: 100 + i).Select(s => s.TrimEnd('.') + ".")))
            .ToArray();
        var sequential = documents.Select(d => classifier.ScoreDocument(d)).ToArray();
        var concurrent = new DocumentScore[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => concurrent[i] = classifier.ScoreDocument(documents[i]));

        for (var i = 0; i < documents.Length; i++)
        {
            Assert.Equal(sequential[i].Sentences.Select(s => (s.Start, s.Length, s.Classification)), concurrent[i].Sentences.Select(s => (s.Start, s.Length, s.Classification)));
            Assert.Equal(sequential[i].Summary.SecuritizationIndex, concurrent[i].Summary.SecuritizationIndex);
        }
    }
}
