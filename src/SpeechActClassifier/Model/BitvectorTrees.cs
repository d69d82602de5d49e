using System.Numerics;

namespace SpeechActClassifier.Model;

/// <summary>
/// Trees evaluated feature by feature rather than tree by tree, after QuickScorer (Lucchese et al., SIGIR 2015):
/// each tree keeps a bit per leaf, left to right; every node whose test fails (the value is above its threshold,
/// so the walk would go right) clears the bits of the leaves in its left subtree; the exit leaf of each tree is then
/// its lowest remaining bit. Nodes are grouped by feature and sorted by threshold, so for each feature only the
/// nodes that fail are touched, and they are found by a scan that stops at the first node that holds.
/// </summary>
/// <remarks>
/// The cue features are mostly zero and most thresholds lie above zero, so a sentence fails few nodes: the work is
/// a pass over the used features, a few mask operations, and one bit scan per tree, with no branch that depends on
/// the shape of a tree. The exit leaf is the one a root-to-leaf walk reaches (the leftmost leaf no failing node
/// excludes), so the sums equal ML.NET's to the bit.
/// </remarks>
internal sealed class BitvectorTrees : ITreeLayout
{
    /// <summary>The most leaves a tree may have: one bit each in a <see cref="ulong"/>.</summary>
    public const int MaxLeaves = 64;

    /// <summary>The most trees evaluated with one stack buffer of bit vectors (8 bytes each).</summary>
    public const int MaxTrees = 4096;

    private readonly int[] _usedFeatures;

    /// <summary>For <c>_usedFeatures[i]</c>, its nodes are entries [<c>_featureStarts[i]</c>, <c>_featureStarts[i + 1]</c>).</summary>
    private readonly int[] _featureStarts;

    private readonly float[] _thresholds;
    private readonly int[] _nodeTrees;
    private readonly ulong[] _masks;

    /// <summary>
    /// Leaf values of every tree, left to right, tree <c>t</c>'s at <c>t &lt;&lt; _leafShift</c>: one fixed power-of-two
    /// stride per tree, so finding an exit leaf is a shift and an add, with no table of tree offsets to read.
    /// </summary>
    private readonly double[] _leaves;

    private readonly int _leafShift;
    private readonly int _treeCount;

    private BitvectorTrees(int[] usedFeatures, int[] featureStarts, float[] thresholds, int[] nodeTrees, ulong[] masks, double[] leaves, int leafShift, int treeCount)
    {
        _usedFeatures = usedFeatures;
        _featureStarts = featureStarts;
        _thresholds = thresholds;
        _nodeTrees = nodeTrees;
        _masks = masks;
        _leaves = leaves;
        _leafShift = leafShift;
        _treeCount = treeCount;
    }

    /// <inheritdoc />
    public int TreeCount => _treeCount;

    /// <summary>True when every tree has at most <see cref="MaxLeaves"/> leaves and there are at most <see cref="MaxTrees"/> trees.</summary>
    public static bool CanHold(IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees) =>
        trees.Count <= MaxTrees && trees.All(t => t.Leaves.Length <= MaxLeaves);

    /// <summary>Builds the feature-major layout of <paramref name="trees"/>.</summary>
    /// <param name="trees">Per tree: its internal nodes (children relative to the tree; negative = <c>~leaf</c>) and its leaf values, already weighted.</param>
    public static BitvectorTrees Build(IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees)
    {
        var entries = new List<(int Feature, float Threshold, int Tree, ulong Mask)>();
        var leafShift = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, trees.Max(t => t.Leaves.Length))));
        var leaves = new double[trees.Count << leafShift];
        for (var t = 0; t < trees.Count; t++)
        {
            var (nodes, values) = trees[t];
            var leafBase = t << leafShift;
            if (nodes.Length == 0)
            {
                leaves[leafBase] = values[0];
                continue;
            }

            // Number the leaves left to right, and note for each node the bits of the leaves under its left child.
            var leftLeafBits = new ulong[nodes.Length];
            var position = 0;
            Visit(0);
            for (var n = 0; n < nodes.Length; n++)
            {
                entries.Add((nodes[n].Feature, nodes[n].Threshold, t, ~leftLeafBits[n]));
            }

            // Returns the bits of the leaves under `child`, placing leaf values in left-to-right order.
            ulong Visit(int child)
            {
                if (child < 0)
                {
                    leaves[leafBase + position] = values[~child];
                    return 1UL << position++;
                }

                var left = Visit(nodes[child].Left);
                leftLeafBits[child] = left;
                return left | Visit(nodes[child].Right);
            }
        }

        // Stable sort by feature, then threshold: the scan for one feature stops at the first node whose test holds.
        var sorted = entries.Select((e, i) => (Entry: e, Order: i))
            .OrderBy(e => e.Entry.Feature).ThenBy(e => e.Entry.Threshold).ThenBy(e => e.Order)
            .Select(e => e.Entry)
            .ToArray();
        var usedFeatures = sorted.Select(e => e.Feature).Distinct().ToArray();
        var featureStarts = new int[usedFeatures.Length + 1];
        for (int i = 0, f = 0; i < sorted.Length; i++)
        {
            if (i > 0 && sorted[i].Feature != sorted[i - 1].Feature)
            {
                featureStarts[++f] = i;
            }
        }

        featureStarts[^1] = sorted.Length;
        return new BitvectorTrees(
            usedFeatures,
            featureStarts,
            [.. sorted.Select(e => e.Threshold)],
            [.. sorted.Select(e => e.Tree)],
            [.. sorted.Select(e => e.Mask)],
            leaves,
            leafShift,
            trees.Count);
    }

    /// <inheritdoc />
    public void Sum(ReadOnlySpan<float> features, ReadOnlySpan<int> classStarts, Span<double> sums)
    {
        Span<ulong> reachable = stackalloc ulong[_treeCount];
        reachable.Fill(ulong.MaxValue);
        var thresholds = _thresholds;
        var nodeTrees = _nodeTrees;
        var masks = _masks;
        for (var i = 0; i < _usedFeatures.Length; i++)
        {
            var value = features[_usedFeatures[i]];
            var end = _featureStarts[i + 1];

            // A node fails when the value is not at most its threshold; NaN fails them all, as in ML.NET.
            for (var e = _featureStarts[i]; e < end && !(value <= thresholds[e]); e++)
            {
                reachable[nodeTrees[e]] &= masks[e];
            }
        }

        if (classStarts.Length == 4)
        {
            SumThreeClasses(reachable, classStarts, sums);
            return;
        }

        for (var k = 0; k + 1 < classStarts.Length; k++)
        {
            var sum = 0.0;
            for (var t = classStarts[k]; t < classStarts[k + 1]; t++)
            {
                sum += ExitLeaf(reachable, t);
            }

            sums[k] = sum;
        }
    }

    /// <summary>
    /// The three classes' sums advanced together, tree by tree: each is still added in its own tree order (so each
    /// equals ML.NET's sequential sum to the bit), but the three chains of dependent additions overlap instead of
    /// running one after another, which was most of the time of a sequential pass.
    /// </summary>
    private void SumThreeClasses(ReadOnlySpan<ulong> reachable, ReadOnlySpan<int> classStarts, Span<double> sums)
    {
        int t0 = classStarts[0], t1 = classStarts[1], t2 = classStarts[2];
        int end0 = classStarts[1], end1 = classStarts[2], end2 = classStarts[3];
        double sum0 = 0, sum1 = 0, sum2 = 0;
        while (t0 < end0 && t1 < end1 && t2 < end2)
        {
            sum0 += ExitLeaf(reachable, t0++);
            sum1 += ExitLeaf(reachable, t1++);
            sum2 += ExitLeaf(reachable, t2++);
        }

        while (t0 < end0)
        {
            sum0 += ExitLeaf(reachable, t0++);
        }

        while (t1 < end1)
        {
            sum1 += ExitLeaf(reachable, t1++);
        }

        while (t2 < end2)
        {
            sum2 += ExitLeaf(reachable, t2++);
        }

        sums[0] = sum0;
        sums[1] = sum1;
        sums[2] = sum2;
    }

    /// <summary>The value of tree <paramref name="tree"/>'s exit leaf: its leftmost leaf that no failing node excluded.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private double ExitLeaf(ReadOnlySpan<ulong> reachable, int tree) =>
        _leaves[(tree << _leafShift) + BitOperations.TrailingZeroCount(reachable[tree])];
}
