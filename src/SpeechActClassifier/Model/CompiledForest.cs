using Microsoft.ML.Trainers.FastTree;

namespace SpeechActClassifier.Model;

/// <summary>
/// The trees of the three one-versus-rest FastTree models flattened into two arrays, and a walk over them that
/// computes exactly what ML.NET computes, without ML.NET: the same comparisons, the same leaf values summed in the
/// same order in double precision, the same cast to float, the same Platt sigmoid. Immutable, so any number of
/// threads can share one.
/// </summary>
/// <remarks>
/// ML.NET's <c>PredictionEngine</c> copies the feature vector into its own buffers and runs three transformer
/// chains per sentence (about 60 µs and 2.3 KB on the development machine). A flattened walk is a few hundred
/// 16-byte nodes, read from one array, on the caller's stack vector.
/// </remarks>
internal sealed class CompiledForest : IClassScorer
{
    private readonly TreeNode[] _nodes;
    private readonly double[] _leaves;

    /// <summary>Per class and tree, the index of its root in <see cref="_nodes"/>, or <c>~leaf</c> for a tree that is one leaf.</summary>
    private readonly int[] _roots;

    /// <summary>Per class, the first entry of <see cref="_roots"/>; one more entry marks the end.</summary>
    private readonly int[] _classTrees;

    private readonly double[] _bias;
    private readonly double[] _slope;
    private readonly double[] _offset;

    private CompiledForest(TreeNode[] nodes, double[] leaves, int[] roots, int[] classTrees, double[] bias, double[] slope, double[] offset, int requiredWidth)
    {
        _nodes = nodes;
        _leaves = leaves;
        _roots = roots;
        _classTrees = classTrees;
        _bias = bias;
        _slope = slope;
        _offset = offset;
        RequiredWidth = requiredWidth;
    }

    /// <summary>The number of leading features any tree reads: a shorter vector suffices when the rest are never tested.</summary>
    public int RequiredWidth { get; }

    /// <summary>The number of trees over all classes.</summary>
    public int TreeCount => _roots.Length;

    /// <summary>The number of internal nodes over all trees.</summary>
    public int NodeCount => _nodes.Length;

    /// <summary>Flattens the trees and calibrators of <paramref name="model"/>.</summary>
    /// <exception cref="ModelFormatException">A tree uses a categorical split, which this library's features never need.</exception>
    public static CompiledForest Compile(OneVersusRestModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var nodes = new List<TreeNode>();
        var leaves = new List<double>();
        var roots = new List<int>();
        var classTrees = new int[ClassProbabilities.ClassCount + 1];
        var bias = new double[ClassProbabilities.ClassCount];
        var slope = new double[ClassProbabilities.ClassCount];
        var offset = new double[ClassProbabilities.ClassCount];
        var requiredWidth = 0;
        for (var k = 0; k < ClassProbabilities.ClassCount; k++)
        {
            var calibrated = model.Models[k].Model;
            var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
            classTrees[k] = roots.Count;
            bias[k] = ensemble.Bias;
            slope[k] = calibrated.Calibrator.Slope;
            offset[k] = calibrated.Calibrator.Offset;
            for (var t = 0; t < ensemble.Trees.Count; t++)
            {
                roots.Add(Append(ensemble.Trees[t], ensemble.TreeWeights[t], (SpeechActLabel)k, t, nodes, leaves, ref requiredWidth));
            }
        }

        classTrees[^1] = roots.Count;
        return new CompiledForest([.. nodes], [.. leaves], [.. roots], classTrees, bias, slope, offset, requiredWidth);
    }

    /// <inheritdoc />
    public void Score(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        if (features.Length < RequiredWidth)
        {
            throw new ArgumentException($"The trees read {RequiredWidth} features; the vector has {features.Length}.", nameof(features));
        }

        for (var k = 0; k < ClassProbabilities.ClassCount; k++)
        {
            probabilities[k] = ClassProbabilities.Platt(RawScore(features, k), _slope[k], _offset[k]);
        }
    }

    /// <summary>The ensemble output of class <paramref name="k"/>'s model, as ML.NET's <c>Score</c> column gives it.</summary>
    internal float RawScore(ReadOnlySpan<float> features, int k)
    {
        var nodes = _nodes;
        var leaves = _leaves;
        var sum = 0.0;
        for (var t = _classTrees[k]; t < _classTrees[k + 1]; t++)
        {
            var next = _roots[t];
            while (next >= 0)
            {
                var node = nodes[next];
                next = features[node.Feature] <= node.Threshold ? node.Left : node.Right;
            }

            sum += leaves[~next];
        }

        return (float)(sum + _bias[k]);
    }

    /// <summary>Appends one tree's internal nodes and leaves; returns the index of its root (or <c>~leaf</c>).</summary>
    private static int Append(RegressionTree tree, double weight, SpeechActLabel label, int treeIndex, List<TreeNode> nodes, List<double> leaves, ref int requiredWidth)
    {
        var nodeBase = nodes.Count;
        var leafBase = leaves.Count;
        foreach (var value in tree.LeafValues)
        {
            // Scaling the leaf once here is the same double product ML.NET forms per prediction.
            leaves.Add(weight * value);
        }

        if (tree.NumberOfNodes == 0)
        {
            return ~leafBase;
        }

        for (var n = 0; n < tree.NumberOfNodes; n++)
        {
            if (tree.CategoricalSplitFlags[n])
            {
                throw new ModelFormatException(
                    $"Tree {treeIndex} of the {label} model splits on categorical features; this library's features are numeric only. " +
                    "Retrain with `speechact train`.");
            }

            var feature = tree.NumericalSplitFeatureIndexes[n];
            requiredWidth = Math.Max(requiredWidth, feature + 1);
            nodes.Add(new TreeNode(feature, tree.NumericalSplitThresholds[n], Relocate(tree.LeftChild[n]), Relocate(tree.RightChild[n])));
        }

        return nodeBase;

        int Relocate(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
    }
}
