using System.Runtime.Intrinsics;
using SpeechActClassifier.Features;

namespace SpeechActClassifier.Model;

/// <summary>
/// The trees of the three one-versus-rest FastTree models laid out for speed, and an evaluation of them that
/// computes what ML.NET computes, without ML.NET: the same comparisons, the same leaves summed in double precision,
/// the same cast to float, the same Platt sigmoid. Immutable, so any number of threads can share one.
/// </summary>
/// <remarks>
/// ML.NET's <c>PredictionEngine</c> copies the feature vector into its own buffers and runs three transformer
/// chains per sentence. Here shallow trees become lookup tables indexed by feature ranks (<see cref="RankTables"/>);
/// trees of up to 64 leaves that test more features are evaluated feature by feature with bit vectors
/// (<see cref="BitvectorTrees"/>); both add in another order than ML.NET, so their sums differ from its by rounding.
/// Larger trees fall back to walking linked nodes (<see cref="LinkedTrees"/>), which add in ML.NET's order.
/// </remarks>
internal sealed class CompiledForest : IClassScorer
{
    private readonly ITreeLayout _trees;

    private readonly double[] _bias;
    private readonly double[] _slope;
    private readonly double[] _offset;

    /// <summary>Per hash slot, its index in the compact vector, or -1 when no tree reads it; empty when no tree reads any.</summary>
    private readonly int[] _ngramFeatures;

    private CompiledForest(ITreeLayout trees, double[] bias, double[] slope, double[] offset, int requiredWidth, int[] ngramFeatures)
    {
        _trees = trees;
        _bias = bias;
        _slope = slope;
        _offset = offset;
        RequiredWidth = requiredWidth;
        _ngramFeatures = ngramFeatures;
    }

    /// <summary>
    /// The length of the compact vector the trees read: the dense cue block up to the last feature any tree tests,
    /// then one entry per n-gram slot some tree tests (<see cref="NgramFeatures"/>). Of 4,096 slots a model reads a
    /// few hundred, so the hot path neither clears nor fills the rest.
    /// </summary>
    public int RequiredWidth { get; }

    /// <summary>
    /// Per n-gram hash slot (<see cref="FeatureLayout.HashSlots"/> entries), its index in the compact vector, or -1 for a
    /// slot no tree reads; empty when no tree reads an n-gram.
    /// </summary>
    public ReadOnlySpan<int> NgramFeatures => _ngramFeatures;

    /// <summary>The number of trees over all classes.</summary>
    public int TreeCount => _trees.TreeCount;

    /// <summary>How the trees are evaluated.</summary>
    public TreeLayoutKind Layout => _trees switch
    {
        RankTables => TreeLayoutKind.RankTables,
        BitvectorTrees => TreeLayoutKind.Bitvectors,
        _ => TreeLayoutKind.Linked,
    };

    /// <summary>Compiles the trees and calibrators of the three class models.</summary>
    /// <param name="classes">One model per <see cref="SpeechActLabel"/>, by its value; not modified.</param>
    /// <param name="fastest">
    /// The fastest layout to try; the compiler falls back from it to the next that can hold the trees. Tests use it
    /// to compare every layout with ML.NET.
    /// </param>
    public static CompiledForest Compile(IReadOnlyList<ClassTrees> classes, TreeLayoutKind fastest = TreeLayoutKind.RankTables)
    {
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count != ClassProbabilities.ClassCount)
        {
            throw new ArgumentException($"Expected {ClassProbabilities.ClassCount} class models, got {classes.Count}.", nameof(classes));
        }

        var trees = new List<(TreeNode[] Nodes, double[] Leaves)>();
        var classTrees = new int[ClassProbabilities.ClassCount + 1];
        var bias = new double[ClassProbabilities.ClassCount];
        var slope = new double[ClassProbabilities.ClassCount];
        var offset = new double[ClassProbabilities.ClassCount];
        var requiredWidth = 0;
        for (var k = 0; k < ClassProbabilities.ClassCount; k++)
        {
            classTrees[k] = trees.Count;
            bias[k] = classes[k].Bias;
            slope[k] = classes[k].PlattSlope;
            offset[k] = classes[k].PlattOffset;
            foreach (var tree in classes[k].Trees)
            {
                // Copies, because compacting renumbers the n-gram features the nodes test.
                trees.Add(((TreeNode[])tree.Nodes.Clone(), (double[])tree.Leaves.Clone()));
                foreach (var node in tree.Nodes)
                {
                    requiredWidth = Math.Max(requiredWidth, node.Feature + 1);
                }
            }
        }

        classTrees[^1] = trees.Count;
        var ngramFeatures = CompactNgrams(trees, ref requiredWidth);
        var layout = (fastest <= TreeLayoutKind.RankTables ? RankTables.TryBuild(trees, classTrees) : null)
            ?? (fastest <= TreeLayoutKind.Bitvectors && BitvectorTrees.CanHold(trees) ? BitvectorTrees.Build(trees, classTrees) : null)
            ?? (ITreeLayout)LinkedTrees.Build(trees, classTrees);
        return new CompiledForest(layout, bias, slope, offset, requiredWidth, ngramFeatures);
    }

    /// <summary>
    /// Copies the features the trees read from a full <see cref="FeatureLayout.Width"/> vector into the compact one
    /// (for comparing with ML.NET, which reads the full vector).
    /// </summary>
    /// <param name="full">A full feature vector.</param>
    /// <param name="compact">At least <see cref="RequiredWidth"/> floats.</param>
    public void Project(ReadOnlySpan<float> full, Span<float> compact)
    {
        var dense = Math.Min(RequiredWidth, FeatureLayout.HashedNgrams);
        full[..dense].CopyTo(compact);
        for (var slot = 0; slot < _ngramFeatures.Length; slot++)
        {
            if (_ngramFeatures[slot] >= 0)
            {
                compact[_ngramFeatures[slot]] = full[FeatureLayout.HashedNgrams + slot];
            }
        }
    }

    /// <summary>
    /// Renumbers the n-gram features the trees test to follow the dense block, in slot order, and returns the slot map;
    /// <paramref name="requiredWidth"/> becomes the compact vector's length.
    /// </summary>
    private static int[] CompactNgrams(List<(TreeNode[] Nodes, double[] Leaves)> trees, ref int requiredWidth)
    {
        // Mark the slots some node tests, then number them in slot order.
        var featureOfSlot = new int[FeatureLayout.HashSlots];
        foreach (var (nodes, _) in trees)
        {
            foreach (var node in nodes)
            {
                if (node.Feature >= FeatureLayout.HashedNgrams)
                {
                    featureOfSlot[node.Feature - FeatureLayout.HashedNgrams] = 1;
                }
            }
        }

        var tested = 0;
        for (var slot = 0; slot < featureOfSlot.Length; slot++)
        {
            featureOfSlot[slot] = featureOfSlot[slot] == 0 ? -1 : FeatureLayout.HashedNgrams + tested++;
        }

        if (tested == 0)
        {
            return [];
        }

        foreach (var (nodes, _) in trees)
        {
            for (var n = 0; n < nodes.Length; n++)
            {
                if (nodes[n].Feature >= FeatureLayout.HashedNgrams)
                {
                    nodes[n] = nodes[n] with { Feature = featureOfSlot[nodes[n].Feature - FeatureLayout.HashedNgrams] };
                }
            }
        }

        requiredWidth = FeatureLayout.HashedNgrams + tested;
        return featureOfSlot;
    }

    /// <inheritdoc />
    public void Score(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        if (features.Length < RequiredWidth)
        {
            throw new ArgumentException($"The trees read {RequiredWidth} features; the vector has {features.Length}.", nameof(features));
        }

        Span<double> sums = stackalloc double[ClassProbabilities.ClassCount];
        _trees.Sum(features, sums);
#if NET9_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated)
        {
            // The three sigmoids at once: one vector exponential costs less than three calls to Math.Exp. It may differ
            // from Math.Exp in the last bits of a double, far below the float the probability is rounded to (the tests
            // hold every probability to ML.NET's).
            Span<double> arguments = stackalloc double[Vector256<double>.Count];
            arguments.Clear();
            for (var k = 0; k < ClassProbabilities.ClassCount; k++)
            {
                arguments[k] = ClassProbabilities.PlattArgument(Score(sums, k), _slope[k], _offset[k]);
            }

            var sigmoids = Vector256<double>.One / (Vector256<double>.One + Vector256.Exp(Vector256.Create<double>(arguments)));
            for (var k = 0; k < ClassProbabilities.ClassCount; k++)
            {
                probabilities[k] = (float)sigmoids[k];
            }

            return;
        }
#endif
        for (var k = 0; k < ClassProbabilities.ClassCount; k++)
        {
            probabilities[k] = ClassProbabilities.Platt(Score(sums, k), _slope[k], _offset[k]);
        }
    }

    /// <summary>As ML.NET: the ensemble output plus bias, cast to float (its Score column).</summary>
    private float Score(ReadOnlySpan<double> sums, int k) => (float)(sums[k] + _bias[k]);
}
