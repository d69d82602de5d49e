using SpeechActClassifier.Features;
using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Text;
using Xunit.Abstractions;

namespace SpeechActClassifier.Tests.Model;

/// <summary>
/// The compiled tree walk replaces ML.NET at inference, so it must give ML.NET's answer: the same label and
/// probabilities within 1e-6, on every seed sentence and thousands of generated ones.
/// </summary>
public sealed class CompiledForestTests(ITestOutputHelper output)
{
    private const float Tolerance = 1e-6f;

    public static TheoryData<string> Models => ["embedded", "small"];

    [Theory]
    [MemberData(nameof(Models))]
    public void TheCompiledWalkGivesMlNetsProbabilitiesAndLabels(string which)
    {
        var classifier = which == "embedded" ? SecuritizationClassifier.Default : ModelTestData.SmallModel;
        var sentences = ModelTestData.Seeds.Select(s => s.Text)
            .Concat(ModelTestData.EdgeSentences)
            .Concat(GeneratedSentences.Create(3000, seed: 7))
            .ToArray();

        var maxDifference = 0f;
        var labels = new HashSet<SpeechActLabel>();
        foreach (var sentence in sentences)
        {
            var compiled = classifier.Classify(sentence);
            var mlNet = classifier.ClassifyWithMlNet(sentence);
            Assert.True(compiled.Label == mlNet.Label, $"Labels differ ({compiled.Label} vs ML.NET {mlNet.Label}) on: {sentence}");
            foreach (var label in Enum.GetValues<SpeechActLabel>())
            {
                maxDifference = Math.Max(maxDifference, Math.Abs(compiled.Probability(label) - mlNet.Probability(label)));
            }

            labels.Add(compiled.Label);
        }

        output.WriteLine($"{which}: {sentences.Length} sentences, max |compiled - ML.NET| = {maxDifference}");
        Assert.True(maxDifference <= Tolerance, $"max |compiled - ML.NET| = {maxDifference}");

        // The comparison means little if every input took the same path: all three labels must occur.
        Assert.Equal(3, labels.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BothTreeLayoutsGiveTheProbabilitiesOfMlNetsEngines(bool allowBitvectors)
    {
        var model = SecuritizationClassifier.Default.Model;
        var forest = CompiledForest.Compile(model, allowBitvectors);
        Assert.Equal(allowBitvectors, forest.UsesBitvectors);

        var features = new float[FeatureLayout.Width];
        var expected = new float[ClassProbabilities.ClassCount];
        var actual = new float[ClassProbabilities.ClassCount];
        foreach (var sentence in GeneratedSentences.Create(1000, seed: 13).Concat(ModelTestData.Seeds.Select(s => s.Text)))
        {
            FeatureExtractor.Default.Extract(sentence, features);
            features.AsSpan(FeatureLayout.HashedNgrams).Clear();
            model.Score(features, expected);
            forest.Score(features, actual);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.True(Math.Abs(expected[k] - actual[k]) <= Tolerance, $"class {k}: ML.NET {expected[k]}, compiled {actual[k]} on: {sentence}");
            }
        }
    }

    [Fact]
    public void BothLayoutsReachTheLeafAHandWalkReaches()
    {
        // Tree 0: feature 0 <= 0.5 ? leaf 0 (1) : (feature 1 <= 2 ? leaf 1 (10) : leaf 2 (100)).
        // Tree 1, leaves numbered out of order: feature 1 <= 1 ? (feature 0 <= 0 ? leaf 2 (1000) : leaf 0 (2000)) : leaf 1 (3000).
        TreeNode[] first = [new(0, 0.5f, ~0, 1), new(1, 2f, ~1, ~2)];
        TreeNode[] second = [new(1, 1f, 1, ~1), new(0, 0f, ~2, ~0)];
        (TreeNode[], double[])[] trees = [(first, [1, 10, 100]), (second, [2000, 3000, 1000])];
        var layouts = new ITreeLayout[] { BitvectorTrees.Build(trees, [0, 1, 2]), LinkedTrees.Build(trees, [0, 1, 2]) };
        float[][] inputs = [[0, 0], [0, 5], [0.5f, 99], [1, 2], [1, 3], [float.NaN, 0], [1, float.NaN], [-1, 1]];
        double[][] expected = [[1, 1000], [1, 3000], [1, 3000], [10, 3000], [100, 3000], [10, 2000], [100, 3000], [1, 1000]];
        var sums = new double[2];
        foreach (var layout in layouts)
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                layout.Sum(inputs[i], sums);
                Assert.Equal(expected[i], sums);
            }
        }
    }

    [Fact]
    public void TheEmbeddedModelReadsOnlyTheDenseCueFeatures()
    {
        var classifier = SecuritizationClassifier.Default;
        Assert.False(classifier.Manifest.UsesHashedNgrams);
        Assert.InRange(classifier.Forest.RequiredWidth, 1, FeatureLayout.HashedNgrams);
        Assert.Equal(classifier.Model.Models.Sum(m => m.Model.SubModel.TrainedTreeEnsemble.Trees.Count), classifier.Forest.TreeCount);
        Assert.True(classifier.Forest.UsesBitvectors, "trees of 4 leaves should be evaluated with bit vectors");
    }

    [Fact]
    public void ClassifyAllocatesNothingOnTheManagedHeap()
    {
        var classifier = SecuritizationClassifier.Default;
        var sentences = ModelTestData.Seeds.Select(s => s.Text).Concat(GeneratedSentences.Create(500, seed: 11)).ToArray();
        Span<Cue> evidence = stackalloc Cue[CueMatcher.MaxCues];
        var results = new SentenceClassification[sentences.Length];
        var article = string.Join(' ', sentences.Take(40));
        var ranges = SentenceSplitter.Split(article).ToArray();

        // Warm up: JIT, the lazily loaded lexicon and model, static buffers.
        Exercise(classifier, sentences, evidence, results, article, ranges);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Exercise(classifier, sentences, evidence, results, article, ranges);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void TheBatchGivesTheSameResultsAsOneByOne()
    {
        var classifier = SecuritizationClassifier.Default;
        var sentences = GeneratedSentences.Create(200, seed: 3);
        var results = new SentenceClassification[sentences.Length + 5];
        classifier.ClassifyBatch(sentences, results);
        for (var i = 0; i < sentences.Length; i++)
        {
            Assert.Equal(classifier.Classify(sentences[i]), results[i]);
        }

        Assert.Equal(default, results[^1]);
    }

    [Fact]
    public void TheBatchOverRangesClassifiesEachSentenceOfTheText()
    {
        var classifier = SecuritizationClassifier.Default;
        var text = string.Join(' ', ModelTestData.Seeds.Take(30).Select(s => s.Text));
        var ranges = SentenceSplitter.Split(text).ToArray();
        var results = new SentenceClassification[ranges.Length];
        classifier.ClassifyBatch(text, ranges, results);
        for (var i = 0; i < ranges.Length; i++)
        {
            Assert.Equal(classifier.Classify(text.Substring(ranges[i].Start, ranges[i].Length)), results[i]);
        }
    }

    [Fact]
    public void ABatchDestinationShorterThanTheInputIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => SecuritizationClassifier.Default.ClassifyBatch(["a.", "b."], new SentenceClassification[1]));
        Assert.Equal("destination", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => SecuritizationClassifier.Default.ClassifyBatch(["a.", null!], new SentenceClassification[2]));
    }

    [Fact]
    public void TheEvidenceOverloadCopiesTheCuesOfExplainAndClassifiesWithAllOfThem()
    {
        var classifier = SecuritizationClassifier.Default;
        const string sentence = "The minister warned that terrorism is an existential threat to the nation and that emergency measures are needed now.";
        var analysis = classifier.Explain(sentence);
        Assert.True(analysis.Cues.Count >= 3, "the sentence should carry several cues");

        var buffer = new Cue[CueMatcher.MaxCues];
        var full = classifier.Classify(sentence, buffer, out var count);
        Assert.Equal(analysis.Cues, buffer.Take(count));
        Assert.Equal(analysis.Classification, full);

        var shortBuffer = new Cue[2];
        var truncated = classifier.Classify(sentence, shortBuffer, out var shortCount);
        Assert.Equal(2, shortCount);
        Assert.Equal(analysis.Cues.Take(2), shortBuffer);
        Assert.Equal(full, truncated);
    }

    private static void Exercise(SecuritizationClassifier classifier, string[] sentences, Span<Cue> evidence, SentenceClassification[] results, string article, Sentence[] ranges)
    {
        foreach (var sentence in sentences)
        {
            classifier.Classify(sentence.AsSpan());
            classifier.Classify(sentence, evidence, out _);
        }

        classifier.ClassifyBatch(sentences, results);
        classifier.ClassifyBatch(article, ranges, results);
    }
}
