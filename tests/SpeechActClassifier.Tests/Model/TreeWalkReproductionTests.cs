using SpeechActClassifier.Features;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Tests.Model;

/// <summary>
/// The probabilities must be reproducible from ML.NET's typed models alone (trees, bias, Platt slope and offset), so
/// that the core can run the exported trees without ML.NET. This walks the trees of the embedded model's ML.NET bundle
/// by hand and compares with the core running the embedded model file.
/// </summary>
public sealed class TreeWalkReproductionTests
{
    [Fact]
    public void AHandWrittenTreeWalkReproducesTheProbabilities()
    {
        var classifier = SecuritizationClassifier.Default;
        var features = new float[FeatureLayout.Width];
        foreach (var sentence in ModelTestData.Seeds.Select(s => s.Text).Concat(ModelTestData.EdgeSentences))
        {
            FeatureExtractor.Default.Extract(sentence, features);
            var walked = new float[ClassProbabilities.ClassCount];
            for (var k = 0; k < walked.Length; k++)
            {
                var model = ModelTestData.EmbeddedBundle.Models.Models[k].Model;
                var ensemble = model.SubModel.TrainedTreeEnsemble;
                var score = ensemble.Bias;
                for (var t = 0; t < ensemble.Trees.Count; t++)
                {
                    score += ensemble.TreeWeights[t] * Walk(ensemble.Trees[t], features);
                }

                walked[k] = ClassProbabilities.Platt((float)score, model.Calibrator.Slope, model.Calibrator.Offset);
            }

            ClassProbabilities.Normalize(walked);
            var result = classifier.Classify(sentence);
            Assert.Equal(result.Neutral, walked[0], 5);
            Assert.Equal(result.ThreatFraming, walked[1], 5);
            Assert.Equal(result.SecuritizingMove, walked[2], 5);
        }
    }

    private static double Walk(Microsoft.ML.Trainers.FastTree.RegressionTree tree, float[] features)
    {
        // Internal nodes are indexed from 0; a negative child is ~leafIndex. Left when the value is at most the threshold.
        var node = 0;
        while (node >= 0)
        {
            node = features[tree.NumericalSplitFeatureIndexes[node]] <= tree.NumericalSplitThresholds[node]
                ? tree.LeftChild[node]
                : tree.RightChild[node];
        }

        return tree.LeafValues[~node];
    }
}
