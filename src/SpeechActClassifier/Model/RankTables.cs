using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpeechActClassifier.Model;

/// <summary>
/// Shallow trees compiled into lookup tables. A tree's exit leaf depends on each feature it tests only through the
/// feature's rank: how many of the thresholds set on that feature (by any tree) the value exceeds. Trees of one class
/// that together test at most <see cref="MaxFeaturesPerTable"/> features are merged into one table of the sum of
/// their leaves, indexed by those features' ranks. Inference ranks each tested feature once, then adds one table cell
/// per table, with no branch that depends on the shape of a tree.
/// </summary>
/// <remarks>
/// Shallow trees test few features, and grouping them by class and features keeps tables small enough for the
/// first-level cache (<see cref="MaxMergedCells"/>). A cell holds the sum, in tree order, of the leaves its trees reach; the classes'
/// sums add cells, so they differ from ML.NET's tree-by-tree sums by rounding only (about 1e-16 of their size).
/// </remarks>
internal sealed class RankTables : ITreeLayout
{
    /// <summary>The most features one table is indexed by; a tree testing more is left to the other layouts.</summary>
    public const int MaxFeaturesPerTable = 4;

    /// <summary>
    /// The most cells (8 bytes each) a table merged from several feature sets may have: merging saves a lookup per
    /// sentence, and this bound keeps all tables of the embedded model within the first-level cache.
    /// </summary>
    public const int MaxMergedCells = 512;

    /// <summary>The most cells all tables may hold together (4 MB of doubles), so a model cannot blow up memory.</summary>
    public const int MaxCells = 1 << 19;

    /// <summary>Per tested feature, where its sorted distinct thresholds lie in <see cref="_thresholds"/>.</summary>
    private readonly RankedFeature[] _features;

    private readonly float[] _thresholds;

    /// <summary>Every table, grouped by class; a table indexes <see cref="_cells"/> from its offset.</summary>
    private readonly Table[] _tables;

    /// <summary>Per class, its first table; one more entry marks the end.</summary>
    private readonly int[] _classTables;

    private readonly double[] _cells;

    /// <summary>Per class, the leaves of its trees that test nothing (a tree of one leaf).</summary>
    private readonly double[] _constants;

    private RankTables(RankedFeature[] features, float[] thresholds, Table[] tables, int[] classTables, double[] cells, double[] constants, int treeCount)
    {
        _features = features;
        _thresholds = thresholds;
        _tables = tables;
        _classTables = classTables;
        _cells = cells;
        _constants = constants;
        TreeCount = treeCount;
    }

    /// <inheritdoc />
    public int TreeCount { get; }

    /// <summary>
    /// Builds the tables, or returns <see langword="null"/> when a tree tests more than
    /// <see cref="MaxFeaturesPerTable"/> features or the tables would exceed <see cref="MaxCells"/>.
    /// </summary>
    /// <param name="trees">Per tree: its internal nodes (children relative to the tree; negative = <c>~leaf</c>) and its leaf values, already weighted.</param>
    /// <param name="classStarts">The first tree of each class, and one past the last tree.</param>
    public static RankTables? TryBuild(IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees, ReadOnlySpan<int> classStarts)
    {
        var treeFeatures = trees.Select(t => t.Nodes.Select(n => n.Feature).Distinct().Order().ToArray()).ToArray();
        if (treeFeatures.Any(f => f.Length > MaxFeaturesPerTable))
        {
            return null;
        }

        // Each tested feature's distinct thresholds, ascending; a feature's rank is how many of them a value exceeds.
        var thresholdsByFeature = trees.SelectMany(t => t.Nodes)
            .GroupBy(n => n.Feature)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Select(n => n.Threshold).Distinct().Order().ToArray());
        var slots = thresholdsByFeature.Keys.Select((feature, slot) => (feature, slot)).ToDictionary(p => p.feature, p => p.slot);

        var classCount = classStarts.Length - 1;
        var constants = new double[classCount];
        var classTables = new int[classCount + 1];
        var tables = new List<Table>();
        var cells = new List<double>();
        for (var k = 0; k < classCount; k++)
        {
            classTables[k] = tables.Count;

            var classTreeIndices = Enumerable.Range(classStarts[k], classStarts[k + 1] - classStarts[k]);
            foreach (var (features, group) in GroupByFeatures(classTreeIndices, treeFeatures, feature => thresholdsByFeature[feature].Length + 1))
            {
                if (features.Length == 0)
                {
                    foreach (var tree in group)
                    {
                        constants[k] += trees[tree].Leaves[0];
                    }

                    continue;
                }

                var rankCounts = features.Select(f => thresholdsByFeature[f].Length + 1).ToArray();
                var size = rankCounts.Aggregate(1L, (product, count) => product * count);
                if (cells.Count + size > MaxCells)
                {
                    return null;
                }

                tables.Add(Table.Create(cells.Count, features.Select(f => slots[f]).ToArray(), rankCounts, spareSlot: slots.Count));
                AddCells(trees, group, features, rankCounts, thresholdsByFeature, cells);
            }
        }

        classTables[^1] = tables.Count;
        var flatThresholds = new List<float>();
        var ranked = new RankedFeature[slots.Count];
        foreach (var (feature, thresholds) in thresholdsByFeature)
        {
            ranked[slots[feature]] = new RankedFeature(feature, flatThresholds.Count, thresholds.Length);
            flatThresholds.AddRange(thresholds);
        }

        return new RankTables(ranked, [.. flatThresholds], [.. tables], classTables, [.. cells], constants, trees.Count);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The table loop indexes with unchecked references: every slot, stride and offset was computed in
    /// <see cref="TryBuild"/> from the same thresholds that bound the ranks, so no index can leave the arrays.
    /// </remarks>
    public void Sum(ReadOnlySpan<float> features, Span<double> sums)
    {
        // One slot more than there are features: tables of fewer than four features index it, and its rank is 0.
        Span<int> rankBuffer = stackalloc int[_features.Length + 1];
        var thresholds = _thresholds;
        for (var slot = 0; slot < _features.Length; slot++)
        {
            ref readonly var feature = ref _features[slot];
            var value = features[feature.Feature];

            // Counted without branches: whether a value exceeds a threshold is as unpredictable as the sentence,
            // but how many thresholds a feature has is fixed, so the loop itself predicts well. NaN exceeds them all,
            // as in ML.NET, where a NaN goes right at every node.
            var rank = 0;
            var end = feature.ThresholdStart + feature.ThresholdCount;
            for (var j = feature.ThresholdStart; j < end; j++)
            {
                rank += value <= thresholds[j] ? 0 : 1;
            }

            rankBuffer[slot] = rank;
        }

        rankBuffer[_features.Length] = 0;
        ref var ranks = ref MemoryMarshal.GetReference(rankBuffer);
        ref var cells = ref MemoryMarshal.GetArrayDataReference(_cells);
        ref var tables = ref MemoryMarshal.GetArrayDataReference(_tables);
        for (var k = 0; k < _constants.Length; k++)
        {
            // Four partial sums, so the additions need not wait on each other in one chain.
            double sum0 = 0, sum1 = 0, sum2 = 0, sum3 = 0;
            var t = _classTables[k];
            var end = _classTables[k + 1];
            for (; t + 3 < end; t += 4)
            {
                sum0 += Cell(ref cells, ref ranks, in Unsafe.Add(ref tables, t));
                sum1 += Cell(ref cells, ref ranks, in Unsafe.Add(ref tables, t + 1));
                sum2 += Cell(ref cells, ref ranks, in Unsafe.Add(ref tables, t + 2));
                sum3 += Cell(ref cells, ref ranks, in Unsafe.Add(ref tables, t + 3));
            }

            for (; t < end; t++)
            {
                sum0 += Cell(ref cells, ref ranks, in Unsafe.Add(ref tables, t));
            }

            sums[k] = _constants[k] + ((sum0 + sum1) + (sum2 + sum3));
        }
    }

    /// <summary>The cell of <paramref name="table"/> that the features' ranks select.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Cell(ref double cells, ref int ranks, in Table table) =>
        Unsafe.Add(
            ref cells,
            table.Offset
                + (Unsafe.Add(ref ranks, table.SlotA) * table.StrideA)
                + (Unsafe.Add(ref ranks, table.SlotB) * table.StrideB)
                + (Unsafe.Add(ref ranks, table.SlotC) * table.StrideC)
                + (Unsafe.Add(ref ranks, table.SlotD) * table.StrideD));

    /// <summary>
    /// Groups a class's trees by the features they test (groups in the order of their first tree), then merges
    /// groups greedily, cheapest first, while the union tests at most <see cref="MaxFeaturesPerTable"/> features and
    /// has at most <see cref="MaxMergedCells"/> cells. Ties go to the first pair in group order.
    /// </summary>
    /// <remarks>
    /// The cost of merging each pair is kept in a matrix and only the merged group's row is recomputed after a merge,
    /// so building the tables costs the square of the groups once rather than on every merge.
    /// </remarks>
    private static List<(int[] Features, List<int> Trees)> GroupByFeatures(IEnumerable<int> classTrees, int[][] treeFeatures, Func<int, int> rankCount)
    {
        var groups = classTrees
            .GroupBy(t => string.Join(',', treeFeatures[t]))
            .Select(g => (Features: treeFeatures[g.First()], Trees: g.ToList()))
            .ToList();
        var count = groups.Count;
        var cellCounts = groups.Select(g => Cells(g.Features, rankCount)).ToArray();
        var cost = new long[count, count];
        for (var a = 0; a < count; a++)
        {
            for (var b = a + 1; b < count; b++)
            {
                cost[a, b] = cost[b, a] = MergeCost(groups[a].Features, groups[b].Features, cellCounts[a], cellCounts[b], rankCount);
            }
        }

        // Groups by their original index, in list order: a merge keeps the first in place and removes the second.
        var order = Enumerable.Range(0, count).ToList();
        while (true)
        {
            var best = (First: -1, Second: -1, Added: long.MaxValue);
            for (var i = 0; i < order.Count; i++)
            {
                for (var j = i + 1; j < order.Count; j++)
                {
                    if (cost[order[i], order[j]] < best.Added)
                    {
                        best = (i, j, cost[order[i], order[j]]);
                    }
                }
            }

            if (best.First < 0)
            {
                return [.. order.Select(g => groups[g])];
            }

            var (first, second) = (order[best.First], order[best.Second]);
            var union = groups[first].Features.Union(groups[second].Features).Order().ToArray();
            groups[first] = (union, [.. groups[first].Trees.Concat(groups[second].Trees).Order()]);
            cellCounts[first] = Cells(union, rankCount);
            order.RemoveAt(best.Second);
            foreach (var other in order)
            {
                if (other != first)
                {
                    cost[first, other] = cost[other, first] = MergeCost(union, groups[other].Features, cellCounts[first], cellCounts[other], rankCount);
                }
            }
        }
    }

    private static long Cells(ReadOnlySpan<int> features, Func<int, int> rankCount)
    {
        var cells = 1L;
        foreach (var feature in features)
        {
            cells *= rankCount(feature);
        }

        return cells;
    }

    /// <summary>
    /// The cells a merged table adds over two separate ones, or <see cref="long.MaxValue"/> when the two may not merge:
    /// either tests nothing, or the union tests too many features or has too many cells.
    /// </summary>
    private static long MergeCost(int[] a, int[] b, long cellsA, long cellsB, Func<int, int> rankCount)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return long.MaxValue;
        }

        // Both are sorted and distinct, so their union is a merge.
        Span<int> union = stackalloc int[2 * MaxFeaturesPerTable];
        int i = 0, j = 0, length = 0;
        while (i < a.Length || j < b.Length)
        {
            var next = j == b.Length || (i < a.Length && a[i] <= b[j]) ? a[i] : b[j];
            i += i < a.Length && a[i] == next ? 1 : 0;
            j += j < b.Length && b[j] == next ? 1 : 0;
            union[length++] = next;
        }

        if (length > MaxFeaturesPerTable)
        {
            return long.MaxValue;
        }

        var cells = Cells(union[..length], rankCount);
        return cells > MaxMergedCells ? long.MaxValue : cells - cellsA - cellsB;
    }

    /// <summary>Appends one cell per combination of ranks: the sum, in tree order, of the leaves the group's trees reach.</summary>
    private static void AddCells(
        IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees,
        IEnumerable<int> group,
        int[] features,
        int[] rankCounts,
        Dictionary<int, float[]> thresholdsByFeature,
        List<double> cells)
    {
        // The group's trees with each node's feature renumbered to its position in the table, so a walk reads the
        // cell's values from a small array.
        var groupTrees = group.Select(t => (Nodes: trees[t].Nodes.Select(n => n with { Feature = Array.IndexOf(features, n.Feature) }).ToArray(), trees[t].Leaves)).ToArray();
        var thresholds = features.Select(f => thresholdsByFeature[f]).ToArray();
        var size = rankCounts.Aggregate(1, (product, count) => product * count);
        Span<float> values = stackalloc float[features.Length];
        for (var cell = 0; cell < size; cell++)
        {
            // The cell's ranks, first feature fastest; a value of rank r is the r-th threshold (it exceeds the r
            // below it and no other), or +infinity for the top rank.
            var rest = cell;
            for (var i = 0; i < features.Length; i++)
            {
                var rank = rest % rankCounts[i];
                rest /= rankCounts[i];
                values[i] = rank < thresholds[i].Length ? thresholds[i][rank] : float.PositiveInfinity;
            }

            var sum = 0.0;
            foreach (var (nodes, leaves) in groupTrees)
            {
                sum += leaves[ExitLeaf(nodes, values)];
            }

            cells.Add(sum);
        }
    }

    /// <summary>The leaf a root-to-leaf walk reaches, by ML.NET's rule: left when the value is at most the threshold.</summary>
    private static int ExitLeaf(TreeNode[] nodes, ReadOnlySpan<float> values)
    {
        var next = 0;
        while (next >= 0)
        {
            var node = nodes[next];
            next = values[node.Feature] <= node.Threshold ? node.Left : node.Right;
        }

        return ~next;
    }

    /// <summary>A tested feature: its index, and where its sorted distinct thresholds lie.</summary>
    private readonly record struct RankedFeature(int Feature, int ThresholdStart, int ThresholdCount);

    /// <summary>
    /// One table: its first cell and, per indexing feature, its rank slot and stride. A table of fewer than
    /// <see cref="MaxFeaturesPerTable"/> features points the rest at the slot past the last, whose rank is always 0.
    /// </summary>
    private readonly record struct Table(int Offset, int SlotA, int StrideA, int SlotB, int StrideB, int SlotC, int StrideC, int SlotD, int StrideD)
    {
        public static Table Create(int offset, int[] slots, int[] rankCounts, int spareSlot)
        {
            Span<int> slot = stackalloc int[MaxFeaturesPerTable];
            Span<int> stride = stackalloc int[MaxFeaturesPerTable];
            var step = 1;
            for (var i = 0; i < MaxFeaturesPerTable; i++)
            {
                slot[i] = i < slots.Length ? slots[i] : spareSlot;
                stride[i] = i < slots.Length ? step : 0;
                step *= i < slots.Length ? rankCounts[i] : 1;
            }

            return new Table(offset, slot[0], stride[0], slot[1], stride[1], slot[2], stride[2], slot[3], stride[3]);
        }
    }
}
