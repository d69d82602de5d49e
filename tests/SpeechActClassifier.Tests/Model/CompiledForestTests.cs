using SpeechActClassifier.Features;
using SpeechActClassifier.MlNet;
using SpeechActClassifier.Model;
using SpeechActClassifier.Rules;
using SpeechActClassifier.Text;
using Xunit.Abstractions;

namespace SpeechActClassifier.Tests.Model;

/// <summary>
/// The core runs the model without ML.NET, so it must give ML.NET's answer: the same label and probabilities within
/// 1e-6, on every seed sentence and thousands of generated ones, for the embedded model file (against the ML.NET bundle
/// it was exported from) and for a model trained in the test.
/// </summary>
public sealed class CompiledForestTests(ITestOutputHelper output)
{
    private const float Tolerance = 1e-6f;

    /// <summary>Sentences labelled by reading, one or two of each label, none borderline.</summary>
    private static readonly (string Sentence, SpeechActLabel Label)[] PlainSentences =
    [
        ("The government declared a state of emergency and deployed troops to the border.", SpeechActLabel.SecuritizingMove),
        ("The festival opened on Friday with a concert in the park.", SpeechActLabel.Neutral),
        ("Cyber attacks are a growing threat to critical infrastructure.", SpeechActLabel.ThreatFraming),
        ("In 2000, Vladimir Putin became president in Russia.", SpeechActLabel.Neutral),
        ("Russia considers Ukraine's actions to join the EU and NATO as a security threat.", SpeechActLabel.SecuritizingMove),
    ];

    public static TheoryData<string> Models => ["embedded", "small"];

    [Theory]
    [MemberData(nameof(Models))]
    public void TheCompiledTreesGiveMlNetsProbabilitiesAndLabels(string which)
    {
        var (classifier, reference) = which == "embedded"
            ? (SecuritizationClassifier.Default, ModelTestData.EmbeddedBundle)
            : (ModelTestData.SmallModel, ModelTestData.SmallTrainedModel);
        var sentences = ModelTestData.Seeds.Select(s => s.Text)
            .Concat(ModelTestData.EdgeSentences)
            .Concat(GeneratedSentences.Create(3000, seed: 7))
            .ToArray();

        var maxDifference = 0f;
        var labels = new HashSet<SpeechActLabel>();
        foreach (var sentence in sentences)
        {
            var compiled = classifier.Classify(sentence);
            var mlNet = reference.ClassifyWithMlNet(sentence);
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
    [InlineData(nameof(TreeLayoutKind.RankTables))]
    [InlineData(nameof(TreeLayoutKind.Bitvectors))]
    [InlineData(nameof(TreeLayoutKind.Linked))]
    public void EveryTreeLayoutGivesTheProbabilitiesOfMlNetsEngines(string layoutName)
    {
        var layout = Enum.Parse<TreeLayoutKind>(layoutName);
        var model = ModelTestData.EmbeddedBundle.Models;
        var forest = CompiledForest.Compile(MlNetTreeExport.Export(model), layout);
        Assert.Equal(layout, forest.Layout);

        var features = new float[FeatureLayout.Width];
        var compact = new float[forest.RequiredWidth];
        var expected = new float[ClassProbabilities.ClassCount];
        var actual = new float[ClassProbabilities.ClassCount];
        foreach (var sentence in GeneratedSentences.Create(1000, seed: 13).Concat(ModelTestData.Seeds.Select(s => s.Text)))
        {
            FeatureExtractor.Default.Extract(sentence, features);
            model.Score(features, expected);
            forest.Project(features, compact);
            forest.Score(compact, actual);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.True(Math.Abs(expected[k] - actual[k]) <= Tolerance, $"class {k}: ML.NET {expected[k]}, compiled {actual[k]} on: {sentence}");
            }
        }
    }

    [Fact]
    public void EveryLayoutReachesTheLeafAHandWalkReaches()
    {
        // Tree 0: feature 0 <= 0.5 ? leaf 0 (1) : (feature 1 <= 2 ? leaf 1 (10) : leaf 2 (100)).
        // Tree 1, leaves numbered out of order: feature 1 <= 1 ? (feature 0 <= 0 ? leaf 2 (1000) : leaf 0 (2000)) : leaf 1 (3000).
        TreeNode[] first = [new(0, 0.5f, ~0, 1), new(1, 2f, ~1, ~2)];
        TreeNode[] second = [new(1, 1f, 1, ~1), new(0, 0f, ~2, ~0)];
        (TreeNode[], double[])[] trees = [(first, [1, 10, 100]), (second, [2000, 3000, 1000])];
        var layouts = new ITreeLayout[] { RankTables.TryBuild(trees, [0, 1, 2])!, BitvectorTrees.Build(trees, [0, 1, 2]), LinkedTrees.Build(trees, [0, 1, 2]) };
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
    public void RankTablesAndBitvectorsSumWhatAWalkOfRandomTreesSums()
    {
        // Random forests of 4-leaf trees over 6 features, thresholds shared between trees (as FastTree's binned
        // thresholds are), several trees per feature set and class, inputs on, between and beyond the thresholds.
        var random = new Random(20261130);
        float[] thresholdPool = [-1f, 0f, 0.5f, 1.5f, 2f, 7.25f];
        for (var forest = 0; forest < 50; forest++)
        {
            var trees = new (TreeNode[], double[])[12];
            for (var t = 0; t < trees.Length; t++)
            {
                TreeNode Split(int left, int right) => new(random.Next(6), thresholdPool[random.Next(thresholdPool.Length)], left, right);
                trees[t] = random.Next(3) switch
                {
                    0 => ([Split(1, 2), Split(~0, ~1), Split(~2, ~3)], Leaves()),
                    1 => ([Split(~0, 1), Split(~1, 2), Split(~2, ~3)], Leaves()),
                    _ => ([Split(1, ~3), Split(2, ~2), Split(~0, ~1)], Leaves()),
                };
            }

            int[] classStarts = [0, 4, 9, 12];
            var reference = LinkedTrees.Build(trees, classStarts);
            var layouts = new ITreeLayout[] { RankTables.TryBuild(trees, classStarts)!, BitvectorTrees.Build(trees, classStarts) };
            var expected = new double[3];
            var actual = new double[3];
            for (var i = 0; i < 200; i++)
            {
                var input = Enumerable.Range(0, 6).Select(_ => random.Next(5) switch
                {
                    0 => thresholdPool[random.Next(thresholdPool.Length)],
                    1 => float.NaN,
                    2 => random.Next(2) == 0 ? float.PositiveInfinity : float.NegativeInfinity,
                    _ => (float)((random.NextDouble() * 12) - 3),
                }).ToArray();
                reference.Sum(input, expected);
                foreach (var layout in layouts)
                {
                    layout.Sum(input, actual);
                    for (var k = 0; k < 3; k++)
                    {
                        Assert.True(Math.Abs(expected[k] - actual[k]) <= 1e-9 * Math.Max(1, Math.Abs(expected[k])), $"{layout.GetType().Name}, forest {forest}, class {k}: {actual[k]} instead of {expected[k]}");
                    }
                }
            }
        }

        double[] Leaves() => [.. Enumerable.Range(0, 4).Select(_ => Math.Round((random.NextDouble() * 2) - 1, 3))];
    }

    [Fact]
    public void RankTablesLeaveTreesOfMoreThanFourFeaturesToTheOtherLayouts()
    {
        // A chain: each node's left child is a leaf, its right child tests the next feature.
        TreeNode[] fiveFeatures = [new(0, 0.5f, ~0, 1), new(1, 0.5f, ~1, 2), new(2, 0.5f, ~2, 3), new(3, 0.5f, ~3, 4), new(4, 0.5f, ~4, ~5)];
        (TreeNode[], double[])[] trees = [(fiveFeatures, [1, 2, 3, 4, 5, 6])];
        Assert.Null(RankTables.TryBuild(trees, [0, 1]));

        // Features 0 to 3 above 0.5 go right, feature 4 at most 0.5 goes left: the fifth leaf.
        var sums = new double[1];
        BitvectorTrees.Build(trees, [0, 1]).Sum([1, 1, 1, 1, 0], sums);
        Assert.Equal(5, sums[0]);
    }

    [Fact]
    public void TheScalarSigmoidIsMlNetsCalibrator()
    {
        // Where Vector256 is accelerated the forest computes the three sigmoids at once; elsewhere (net8.0, other
        // hardware) it calls Platt one class at a time. This holds that path to ML.NET's own calibrator.
        foreach (var model in ModelTestData.EmbeddedBundle.Models.Models)
        {
            var calibrator = model.Model.Calibrator;
            for (var score = -12f; score <= 12f; score += 0.0625f)
            {
                Assert.Equal(calibrator.PredictProbability(score), ClassProbabilities.Platt(score, calibrator.Slope, calibrator.Offset));
            }
        }
    }

    [Fact]
    public void TheCompactVectorHoldsTheDenseBlockAndOnlyTheNgramSlotsTheTreesRead()
    {
        var forest = ModelTestData.SmallModel.Forest;
        var slots = forest.NgramFeatures.ToArray();
        var kept = slots.Where(f => f >= 0).ToArray();

        // The small model reads some n-grams but far from all 4,096 slots; each kept slot has its own index after the dense block.
        Assert.Equal(FeatureLayout.HashSlots, slots.Length);
        Assert.InRange(kept.Length, 1, FeatureLayout.HashSlots / 4);
        Assert.Equal(Enumerable.Range(FeatureLayout.HashedNgrams, kept.Length), kept);
        Assert.Equal(FeatureLayout.HashedNgrams + kept.Length, forest.RequiredWidth);

        var model = ModelTestData.SmallTrainedModel.Models;
        Assert.Equal(model.Models.Sum(m => m.Model.SubModel.TrainedTreeEnsemble.Trees.Count), forest.TreeCount);
    }

    [Fact]
    public void AModelWithoutNgramsReadsOnlyTheDenseBlock()
    {
        var classifier = SpeechActClassifier.Training.ModelTrainer.Train(ModelTestData.Seeds, new SpeechActClassifier.Training.TrainingOptions { HyperParameters = ModelTestData.SmallTrees, UseHashedNgrams = false }).Classifier;
        Assert.True(classifier.Forest.NgramFeatures.IsEmpty);
        Assert.InRange(classifier.Forest.RequiredWidth, 1, FeatureLayout.HashedNgrams);
        Assert.Equal(TreeLayoutKind.RankTables, classifier.Forest.Layout);
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
    public void TheBatchPutsEachSentencesLabelInItsOwnSlot()
    {
        // Hand-labelled plain sentences in an order where a shifted or reused slot gives a wrong label.
        string[] sentences = [.. PlainSentences.Select(p => p.Sentence), .. PlainSentences.Select(p => p.Sentence).Reverse()];
        SpeechActLabel[] labels = [.. PlainSentences.Select(p => p.Label), .. PlainSentences.Select(p => p.Label).Reverse()];
        var results = new SentenceClassification[sentences.Length + 2];

        SecuritizationClassifier.Default.ClassifyBatch(sentences, results);

        Assert.Equal(labels, results.Take(sentences.Length).Select(r => r.Label));
        Assert.Equal([default, default], results[^2..]);
    }

    [Fact]
    public void TheBatchOverRangesLabelsEachSentenceOfTheText()
    {
        var text = string.Join(" ", PlainSentences.Select(p => p.Sentence));
        var ranges = SentenceSplitter.Split(text).ToArray();
        var results = new SentenceClassification[ranges.Length];

        SecuritizationClassifier.Default.ClassifyBatch(text, ranges, results);

        Assert.Equal(PlainSentences.Select(p => p.Label), results.Select(r => r.Label));
    }

    [Fact]
    public void ABatchDestinationShorterThanTheInputIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => SecuritizationClassifier.Default.ClassifyBatch(["a.", "b."], new SentenceClassification[1]));
        Assert.Equal("destination", error.ParamName);
        Assert.Throws<ArgumentNullException>(() => SecuritizationClassifier.Default.ClassifyBatch(["a.", null!], new SentenceClassification[2]));
    }

    [Fact]
    public void TheEvidenceOverloadGivesTheCuesInTextOrderAndClassifiesWithAllOfThem()
    {
        var classifier = SecuritizationClassifier.Default;
        const string sentence = "The minister warned that terrorism is an existential threat to the nation and that emergency measures are needed now.";

        var buffer = new Cue[CueMatcher.MaxCues];
        var full = classifier.Classify(sentence, buffer, out var count);
        var cues = buffer.Take(count).ToArray();

        // What a reader sees: an actor who warns, a threat, a referent and a measure, listed as they occur.
        Assert.Equal(SpeechActLabel.SecuritizingMove, full.Label);
        Assert.Contains(cues, c => c.Category == CueCategory.Actor && c.Slice(sentence).SequenceEqual("minister"));
        Assert.Contains(cues, c => c.Category == CueCategory.Threat && c.Slice(sentence).SequenceEqual("terrorism"));
        Assert.Contains(cues, c => c.Category == CueCategory.Referent && c.Slice(sentence).SequenceEqual("the nation"));
        Assert.Contains(cues, c => c.Category == CueCategory.Measure && c.Slice(sentence).SequenceEqual("emergency measures"));
        Assert.Equal(cues.Select(c => c.Start).Order(), cues.Select(c => c.Start));

        // A buffer too short for the evidence gets its first cues; the label still comes from all of them.
        var shortBuffer = new Cue[2];
        var truncated = classifier.Classify(sentence, shortBuffer, out var shortCount);
        Assert.Equal(2, shortCount);
        Assert.Equal(cues.Take(2), shortBuffer);
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
