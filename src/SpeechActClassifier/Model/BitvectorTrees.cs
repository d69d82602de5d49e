using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpeechActClassifier.Model;

/// <summary>
/// Trees evaluated feature by feature rather than tree by tree, after QuickScorer (Lucchese et al., SIGIR 2015):
/// each tree keeps a bit per leaf, left to right; every node whose test fails (the value is above its threshold,
/// so the walk would go right) clears the bits of the leaves in its left subtree; the exit leaf of each tree is then
/// its lowest remaining bit. Nodes are grouped by feature and sorted by threshold, so for each feature only the
/// nodes that fail are touched, and they are found by a scan that stops at the first node that holds.
/// </summary>
/// <remarks>
/// The cue features are mostly zero and most thresholds lie above zero, so a sentence fails few nodes and touches
/// a minority of the trees. A tree no node of which fails exits at its
/// leftmost leaf, so each class starts from the sum of its trees' leftmost leaves, computed once at load, and only a
/// touched tree adds the difference between its exit leaf and its leftmost one. That changes the order of the
/// additions, not what is added: the sums differ from ML.NET's sequential ones by rounding only (about 1e-16 of
/// their size), far inside the 1e-6 the tests hold the probabilities to.
/// </remarks>
internal sealed class BitvectorTrees : ITreeLayout
{
    /// <summary>The most leaves a tree may have: one bit each in a <see cref="ulong"/>.</summary>
    public const int MaxLeaves = 64;

    /// <summary>The most trees evaluated with stack buffers only (12 bytes each: a bit vector and a place in the touched list).</summary>
    public const int MaxTrees = 4096;

    /// <summary>Per feature any node tests, where its nodes lie among the entries below.</summary>
    private readonly FeatureNodes[] _featureNodes;

    /// <summary>Every internal node of every tree, grouped by feature and sorted by threshold within a feature.</summary>
    private readonly Node[] _nodes;

    /// <summary>
    /// Per leaf, its value minus the value of its tree's leftmost leaf; tree <c>t</c>'s leaves, left to right, at
    /// <c>t &lt;&lt; _leafShift</c>: one fixed power-of-two stride per tree, so finding an exit leaf is a shift and an add.
    /// </summary>
    private readonly double[] _leafDeltas;

    private readonly int _leafShift;

    /// <summary>The class each tree votes for.</summary>
    private readonly int[] _treeClasses;

    /// <summary>Per class, the sum of its trees' leftmost leaves in tree order: the sums when no node fails.</summary>
    private readonly double[] _leftmostSums;

    private BitvectorTrees(FeatureNodes[] featureNodes, Node[] nodes, double[] leafDeltas, int leafShift, int[] treeClasses, double[] leftmostSums)
    {
        _featureNodes = featureNodes;
        _nodes = nodes;
        _leafDeltas = leafDeltas;
        _leafShift = leafShift;
        _treeClasses = treeClasses;
        _leftmostSums = leftmostSums;
    }

    /// <inheritdoc />
    public int TreeCount => _treeClasses.Length;

    /// <summary>True when every tree has at most <see cref="MaxLeaves"/> leaves and there are at most <see cref="MaxTrees"/> trees.</summary>
    public static bool CanHold(IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees) =>
        trees.Count <= MaxTrees && trees.All(t => t.Leaves.Length <= MaxLeaves);

    /// <summary>Builds the feature-major layout of <paramref name="trees"/>.</summary>
    /// <param name="trees">Per tree: its internal nodes (children relative to the tree; negative = <c>~leaf</c>) and its leaf values, already weighted.</param>
    /// <param name="classStarts">The first tree of each class, and one past the last tree.</param>
    public static BitvectorTrees Build(IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees, ReadOnlySpan<int> classStarts)
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

        var treeClasses = new int[trees.Count];
        var leftmostSums = new double[classStarts.Length - 1];
        for (var k = 0; k < leftmostSums.Length; k++)
        {
            for (var t = classStarts[k]; t < classStarts[k + 1]; t++)
            {
                treeClasses[t] = k;
                var leftmost = leaves[t << leafShift];
                leftmostSums[k] += leftmost;
                for (var j = 0; j < 1 << leafShift; j++)
                {
                    leaves[(t << leafShift) + j] -= leftmost;
                }
            }
        }

        var featureNodes = new FeatureNodes[usedFeatures.Length];
        for (var i = 0; i < usedFeatures.Length; i++)
        {
            featureNodes[i] = new FeatureNodes(usedFeatures[i], sorted[featureStarts[i]].Threshold, featureStarts[i], featureStarts[i + 1]);
        }

        return new BitvectorTrees(
            featureNodes,
            [.. sorted.Select(e => new Node(e.Threshold, e.Tree, e.Mask))],
            leaves,
            leafShift,
            treeClasses,
            leftmostSums);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The loops index with unchecked references: every tree index and entry range was built from the same trees
    /// in <see cref="Build"/>, and the buffers are sized by the tree count, so no index can leave them, and the
    /// checks would hold registers the inner loop needs.
    /// </remarks>
    public void Sum(ReadOnlySpan<float> features, Span<double> sums)
    {
        var treeCount = _treeClasses.Length;
        Span<ulong> reachableBuffer = stackalloc ulong[treeCount];
        reachableBuffer.Fill(ulong.MaxValue);

        // One spare slot: the branch-free append below writes a slot before it knows whether to keep it.
        Span<int> touchedBuffer = stackalloc int[treeCount + 1];
        ref var reachable = ref MemoryMarshal.GetReference(reachableBuffer);
        ref var touched = ref MemoryMarshal.GetReference(touchedBuffer);
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        var touchedCount = 0;
        foreach (ref readonly var group in _featureNodes.AsSpan())
        {
            // A node fails when the value is not at most its threshold; NaN fails them all, as in ML.NET. Most
            // features are zero, below every threshold: one comparison settles them. Past it, the first node fails.
            var value = features[group.Feature];
            if (value <= group.LowestThreshold)
            {
                continue;
            }

            var e = group.Start;
            do
            {
                ref readonly var node = ref Unsafe.Add(ref nodes, e);
                ref var bits = ref Unsafe.Add(ref reachable, node.Tree);

                // Every mask clears a bit, so only an untouched tree still has all of them.
                Unsafe.Add(ref touched, touchedCount) = node.Tree;
                touchedCount += bits == ulong.MaxValue ? 1 : 0;
                bits &= node.Mask;
                e++;
            }
            while (e < group.End && !(value <= Unsafe.Add(ref nodes, e).Threshold));
        }

        _leftmostSums.CopyTo(sums);
        ref var leafDeltas = ref MemoryMarshal.GetArrayDataReference(_leafDeltas);
        ref var treeClasses = ref MemoryMarshal.GetArrayDataReference(_treeClasses);
        for (var i = 0; i < touchedCount; i++)
        {
            var tree = Unsafe.Add(ref touched, i);
            var exit = (tree << _leafShift) + BitOperations.TrailingZeroCount(Unsafe.Add(ref reachable, tree));
            sums[Unsafe.Add(ref treeClasses, tree)] += Unsafe.Add(ref leafDeltas, exit);
        }
    }

    /// <summary>
    /// One internal node, 16 bytes: its threshold, its tree, and the mask that clears the leaves of its left subtree
    /// when its test fails.
    /// </summary>
    private readonly record struct Node(float Threshold, int Tree, ulong Mask);

    /// <summary>A feature, the lowest threshold any node sets on it, and its nodes' entries [<c>Start</c>, <c>End</c>).</summary>
    private readonly record struct FeatureNodes(int Feature, float LowestThreshold, int Start, int End);
}
