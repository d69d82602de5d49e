namespace SpeechActClassifier.Model;

/// <summary>
/// Trees of any shape as linked 16-byte nodes in one array: the fallback for trees of more leaves than
/// <see cref="BitvectorTrees.MaxLeaves"/>. A walk follows child indices until it reaches a leaf.
/// </summary>
internal sealed class LinkedTrees : ITreeLayout
{
    private readonly TreeNode[] _nodes;
    private readonly double[] _leaves;

    /// <summary>Per tree, the index of its root in <see cref="_nodes"/>, or <c>~leaf</c> for a tree that is one leaf.</summary>
    private readonly int[] _roots;

    /// <summary>The first tree of each class, and one past the last tree.</summary>
    private readonly int[] _classStarts;

    private LinkedTrees(TreeNode[] nodes, double[] leaves, int[] roots, int[] classStarts)
    {
        _nodes = nodes;
        _leaves = leaves;
        _roots = roots;
        _classStarts = classStarts;
    }

    /// <inheritdoc />
    public int TreeCount => _roots.Length;

    /// <summary>Concatenates <paramref name="trees"/>, turning each tree's relative child indices into indices of the shared arrays.</summary>
    /// <param name="trees">Per tree: its internal nodes (children relative to the tree; negative = <c>~leaf</c>) and its leaf values.</param>
    /// <param name="classStarts">The first tree of each class, and one past the last tree.</param>
    public static LinkedTrees Build(IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees, ReadOnlySpan<int> classStarts)
    {
        var nodes = new List<TreeNode>();
        var leaves = new List<double>();
        var roots = new int[trees.Count];
        for (var t = 0; t < trees.Count; t++)
        {
            var nodeBase = nodes.Count;
            var leafBase = leaves.Count;
            leaves.AddRange(trees[t].Leaves);
            roots[t] = trees[t].Nodes.Length == 0 ? ~leafBase : nodeBase;
            foreach (var node in trees[t].Nodes)
            {
                nodes.Add(node with { Left = Relocate(node.Left), Right = Relocate(node.Right) });
            }

            int Relocate(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
        }

        return new LinkedTrees([.. nodes], [.. leaves], roots, classStarts.ToArray());
    }

    /// <inheritdoc />
    /// <remarks>Each class's leaves are added in tree order, as ML.NET adds them, so the sums equal its to the bit.</remarks>
    public void Sum(ReadOnlySpan<float> features, Span<double> sums)
    {
        var nodes = _nodes;
        var classStarts = _classStarts;
        for (var k = 0; k + 1 < classStarts.Length; k++)
        {
            var sum = 0.0;
            for (var t = classStarts[k]; t < classStarts[k + 1]; t++)
            {
                var next = _roots[t];
                while (next >= 0)
                {
                    var node = nodes[next];
                    next = features[node.Feature] <= node.Threshold ? node.Left : node.Right;
                }

                sum += _leaves[~next];
            }

            sums[k] = sum;
        }
    }
}
