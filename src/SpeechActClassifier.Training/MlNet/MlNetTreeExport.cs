using Microsoft.ML.Trainers.FastTree;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.MlNet;

/// <summary>
/// Reads the trees, biases and Platt calibrators out of ML.NET's one-versus-rest FastTree models into the plain arrays
/// the core library runs and its model file holds (<see cref="ClassTrees"/>).
/// </summary>
internal static class MlNetTreeExport
{
    /// <summary>One <see cref="ClassTrees"/> per class, by <see cref="SpeechActLabel"/> value.</summary>
    /// <exception cref="ModelFormatException">A tree splits on a categorical feature, which this library's features never need.</exception>
    public static ClassTrees[] Export(OneVersusRestModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var classes = new ClassTrees[model.Models.Count];
        for (var k = 0; k < classes.Length; k++)
        {
            var calibrated = model.Models[k].Model;
            var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
            var trees = new FlatTree[ensemble.Trees.Count];
            for (var t = 0; t < trees.Length; t++)
            {
                trees[t] = Flatten(ensemble.Trees[t], ensemble.TreeWeights[t], (SpeechActLabel)k, t);
            }

            classes[k] = new ClassTrees(ensemble.Bias, calibrated.Calibrator.Slope, calibrated.Calibrator.Offset, trees);
        }

        return classes;
    }

    private static FlatTree Flatten(RegressionTree tree, double weight, SpeechActLabel label, int treeIndex)
    {
        // Scaling the leaf once here is the same double product ML.NET forms per prediction.
        var leaves = tree.LeafValues.Select(value => weight * value).ToArray();
        var nodes = new TreeNode[tree.NumberOfNodes];
        for (var n = 0; n < nodes.Length; n++)
        {
            if (tree.CategoricalSplitFlags[n])
            {
                throw new ModelFormatException(
                    $"Tree {treeIndex} of the {label} model splits on categorical features; this library's features are numeric only. " +
                    "Retrain with `speechact train`.");
            }

            nodes[n] = new TreeNode(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], tree.LeftChild[n], tree.RightChild[n]);
        }

        return new FlatTree(nodes, leaves);
    }
}
