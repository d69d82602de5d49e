using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

public sealed class GroupedFoldsTests
{
    /// <summary>40 documents of 1 to 6 sentences, 3.5 on average, like the corpus' one-or-two-sentence documents plus a few long ones.</summary>
    private static readonly IReadOnlyList<LabelledSentence> Sentences =
        [.. Enumerable.Range(0, 40).SelectMany(d => Enumerable.Range(0, 1 + (d * 7 % 6)).Select(i => new LabelledSentence($"d{d}-{i}", SpeechActLabel.Neutral, $"doc{d}", "A sentence.")))];

    [Fact]
    public void NoDocumentIsInTwoFolds()
    {
        var folds = GroupedFolds.Assign(Sentences, 5, seed: 1);
        foreach (var document in Sentences.Select((s, i) => (s.Source, Fold: folds[i])).GroupBy(x => x.Source))
        {
            Assert.Single(document.Select(x => x.Fold).Distinct());
        }
    }

    [Fact]
    public void FoldsHoldAboutEqualNumbersOfSentences()
    {
        var folds = GroupedFolds.Assign(Sentences, 5, seed: 1);
        var sizes = Enumerable.Range(0, 5).Select(f => folds.Count(x => x == f)).ToArray();

        // Dealing the largest documents first to the lightest fold keeps folds within one document (6 sentences) of each other.
        Assert.True(sizes.Max() - sizes.Min() <= 6, string.Join(", ", sizes));
        Assert.Equal(Sentences.Count, sizes.Sum());
    }

    [Fact]
    public void FewerDocumentsThanFoldsGiveOneFoldPerDocument()
    {
        var twoDocuments = Sentences.Where(s => s.Source is "doc1" or "doc2").ToList();
        var folds = GroupedFolds.Assign(twoDocuments, 5, seed: 1);
        Assert.Equal([0, 1], folds.Distinct().Order());
    }

    [Fact]
    public void OneDocumentCannotBeCrossValidatedAndTheMessageSaysWhy()
    {
        var error = Assert.Throws<ArgumentException>(() => GroupedFolds.Assign(Sentences.Where(s => s.Source == "doc1").ToList(), 5, seed: 1));
        Assert.Contains("at least two documents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameSeedGivesTheSameFoldsAndRepetitionsShuffleDifferently()
    {
        Assert.Equal(GroupedFolds.Assign(Sentences, 5, seed: 3), GroupedFolds.Assign(Sentences, 5, seed: 3));
        var repeated = GroupedFolds.Repeated(Sentences, 5, repeats: 3, seed: 3);
        Assert.Equal(3, repeated.Length);
        Assert.Equal(GroupedFolds.Assign(Sentences, 5, seed: 4), repeated[1]);
        Assert.NotEqual(repeated[0], repeated[1]);
    }
}
