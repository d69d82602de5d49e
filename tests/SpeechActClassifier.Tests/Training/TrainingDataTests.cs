using SpeechActClassifier.Tests.Model;
using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

/// <summary>
/// The labelled files the embedded model is trained on are data, never edited here: their bytes and label counts are
/// pinned, so a changed label fails a test instead of silently changing the model.
/// </summary>
public sealed class TrainingDataTests
{
    [Fact]
    public void TheSeedLabelsAreTheSharedOnes()
    {
        // Counts as stated in seeds/README.md; the hash as `sha256sum seeds/labelled.tsv` printed when it was copied.
        Assert.Equal("f380392842001be47f7d2f38a81c1d51de59c696ac68b912a367ad557ca8c710", LabelledCorpus.Sha256Of(RepositoryPaths.SeedsTsv));
        AssertCounts(LabelledSentenceReader.Read(RepositoryPaths.SeedsTsv), securitizingMove: 24, threatFraming: 17, neutral: 64);
    }

    [Fact]
    public void TheCorpusLabelsAreTheSharedOnes()
    {
        // Counts as stated in data/README.md (from the corpus' own README); the hash as `sha256sum data/corpus.tsv` printed.
        Assert.Equal("d1a9b8aac4fe030b05c7c9f394662af73723ef1e31426768158ce7f27e91be2b", LabelledCorpus.Sha256Of(RepositoryPaths.CorpusTsv));
        var corpus = LabelledSentenceReader.Read(RepositoryPaths.CorpusTsv);
        AssertCounts(corpus, securitizingMove: 282, threatFraming: 553, neutral: 2716);
        Assert.Equal(1672, corpus.Count(s => s.Source.StartsWith("jradius/un-general-debates:", StringComparison.Ordinal)));
        Assert.Equal(1099, corpus.Count(s => s.Source.StartsWith("ZitRos/news-articles-dataset:", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheSeedsAndTheCorpusCanBeReadTogether()
    {
        var both = LabelledCorpus.Read([RepositoryPaths.SeedsTsv, RepositoryPaths.CorpusTsv]);
        Assert.Equal(105 + 3551, both.Sentences.Count);
    }

    private static void AssertCounts(IReadOnlyList<LabelledSentence> sentences, int securitizingMove, int threatFraming, int neutral)
    {
        Assert.Equal(securitizingMove, sentences.Count(s => s.Label == SpeechActLabel.SecuritizingMove));
        Assert.Equal(threatFraming, sentences.Count(s => s.Label == SpeechActLabel.ThreatFraming));
        Assert.Equal(neutral, sentences.Count(s => s.Label == SpeechActLabel.Neutral));
    }
}
