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
/// Shallow trees test few features, so grouping them by class and features keeps each table small (a merged one
/// has at most <see cref="MaxMergedCells"/> cells). A cell holds the sum, in tree order, of the leaves its trees
/// reach; the classes' sums add cells, so they differ from ML.NET's tree-by-tree sums by rounding only (about 1e-16
/// of their size).
/// </remarks>
internal sealed class RankTables : ITreeLayout
{
    /// <summary>The most features one table is indexed by; a tree testing more is left to the other layouts.</summary>
    public const int MaxFeaturesPerTable = 4;

    /// <summary>
    /// The most cells (8 bytes each, so 4 KB) a table merged from several feature sets may have: merging saves a
    /// lookup per sentence, and this bound keeps a merge from trading that lookup for a table that misses the cache.
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
    /// <remarks>Plain loops over arrays: this runs once per load, where every generic instantiation costs start-up time.</remarks>
    public static RankTables? TryBuild(IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees, ReadOnlySpan<int> classStarts)
    {
        // Each tested feature gets a slot, in ascending feature order, and its distinct thresholds, ascending; a
        // feature's rank is how many of them a value exceeds.
        var (ranked, thresholds, slotOfFeature) = RankThresholds(trees);
        var rankCounts = new int[ranked.Length];
        for (var slot = 0; slot < ranked.Length; slot++)
        {
            rankCounts[slot] = ranked[slot].ThresholdCount + 1;
        }

        var treeSlots = new int[trees.Count][];
        for (var t = 0; t < trees.Count; t++)
        {
            var slots = TestedSlots(trees[t].Nodes, slotOfFeature);
            if (slots.Length > MaxFeaturesPerTable)
            {
                return null;
            }

            treeSlots[t] = slots;
        }

        var classCount = classStarts.Length - 1;
        var constants = new double[classCount];
        var classTables = new int[classCount + 1];
        var tables = new Table[trees.Count];
        var tableCount = 0;
        var cells = new List<double>();
        for (var k = 0; k < classCount; k++)
        {
            classTables[k] = tableCount;
            foreach (var (slots, group) in GroupBySlots(classStarts[k], classStarts[k + 1], treeSlots, rankCounts))
            {
                if (slots.Length == 0)
                {
                    foreach (var tree in group)
                    {
                        constants[k] += trees[tree].Leaves[0];
                    }

                    continue;
                }

                if (cells.Count + Cells(slots, rankCounts) > MaxCells)
                {
                    return null;
                }

                tables[tableCount++] = Table.Create(cells.Count, slots, rankCounts, spareSlot: ranked.Length);
                AddCells(trees, group, slots, ranked, thresholds, slotOfFeature, cells);
            }
        }

        classTables[^1] = tableCount;
        Array.Resize(ref tables, tableCount);
        return new RankTables(ranked, thresholds, tables, classTables, [.. cells], constants, trees.Count);
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
    /// Per slot the feature it ranks and where its distinct thresholds lie; those thresholds, ascending per feature and
    /// features in ascending order; and per feature its slot (-1 for a feature no node tests).
    /// </summary>
    private static (RankedFeature[] Ranked, float[] Thresholds, int[] SlotOfFeature) RankThresholds(IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees)
    {
        // Counting sort of every node's threshold by feature: nodeStarts[f] is where feature f's thresholds begin.
        var featureCount = 0;
        for (var t = 0; t < trees.Count; t++)
        {
            foreach (var node in trees[t].Nodes)
            {
                featureCount = Math.Max(featureCount, node.Feature + 1);
            }
        }

        var nodeStarts = new int[featureCount + 1];
        for (var t = 0; t < trees.Count; t++)
        {
            foreach (var node in trees[t].Nodes)
            {
                nodeStarts[node.Feature + 1]++;
            }
        }

        var slotOfFeature = new int[featureCount];
        var slotCount = 0;
        for (var f = 0; f < featureCount; f++)
        {
            slotOfFeature[f] = nodeStarts[f + 1] > 0 ? slotCount++ : -1;
            nodeStarts[f + 1] += nodeStarts[f];
        }

        var thresholds = new float[nodeStarts[featureCount]];
        var filled = (int[])nodeStarts.Clone();
        for (var t = 0; t < trees.Count; t++)
        {
            foreach (var node in trees[t].Nodes)
            {
                thresholds[filled[node.Feature]++] = node.Threshold;
            }
        }

        // Each feature's thresholds sorted and made distinct, then moved down to follow the previous feature's.
        var ranked = new RankedFeature[slotCount];
        var kept = 0;
        for (var f = 0; f < featureCount; f++)
        {
            var slot = slotOfFeature[f];
            if (slot < 0)
            {
                continue;
            }

            Array.Sort(thresholds, nodeStarts[f], nodeStarts[f + 1] - nodeStarts[f]);
            var distinct = Unique(thresholds.AsSpan(nodeStarts[f], nodeStarts[f + 1] - nodeStarts[f]));
            Array.Copy(thresholds, nodeStarts[f], thresholds, kept, distinct);
            ranked[slot] = new RankedFeature(f, kept, distinct);
            kept += distinct;
        }

        Array.Resize(ref thresholds, kept);
        return (ranked, thresholds, slotOfFeature);
    }

    /// <summary>Moves the distinct values of a sorted span to its front and returns how many there are.</summary>
    private static int Unique<T>(Span<T> sorted)
        where T : IEquatable<T>
    {
        var count = 0;
        foreach (var value in sorted)
        {
            if (count == 0 || !sorted[count - 1].Equals(value))
            {
                sorted[count++] = value;
            }
        }

        return count;
    }

    /// <summary>The distinct slots a tree's nodes test, ascending (ascending slots are ascending features).</summary>
    private static int[] TestedSlots(TreeNode[] nodes, int[] slotOfFeature)
    {
        var slots = new int[nodes.Length];
        for (var n = 0; n < nodes.Length; n++)
        {
            slots[n] = slotOfFeature[nodes[n].Feature];
        }

        Array.Sort(slots);
        return slots[..Unique(slots.AsSpan())];
    }

    /// <summary>
    /// Groups a class's trees by the features they test (groups in the order of their first tree), then merges
    /// groups greedily, cheapest first, while the union tests at most <see cref="MaxFeaturesPerTable"/> features and
    /// has at most <see cref="MaxMergedCells"/> cells. Ties go to the first pair in group order.
    /// </summary>
    /// <remarks>
    /// The cost of merging each pair is kept in a matrix and only the merged group's row is recomputed after a merge,
    /// so building the tables costs the square of the groups once rather than on every merge.
    /// </remarks>
    /// <param name="first">The class's first tree.</param>
    /// <param name="end">One past the class's last tree.</param>
    /// <param name="treeSlots">Per tree, the slots it tests, ascending.</param>
    /// <param name="rankCounts">Per slot, its number of ranks.</param>
    /// <returns>Each table's slots, ascending, and its trees, ascending.</returns>
    private static List<(int[] Slots, List<int> Trees)> GroupBySlots(int first, int end, int[][] treeSlots, int[] rankCounts)
    {
        var groupSlots = new List<int[]>();
        var groupTrees = new List<List<int>>();
        for (var t = first; t < end; t++)
        {
            var g = 0;
            while (g < groupSlots.Count && !groupSlots[g].AsSpan().SequenceEqual(treeSlots[t]))
            {
                g++;
            }

            if (g == groupSlots.Count)
            {
                groupSlots.Add(treeSlots[t]);
                groupTrees.Add([]);
            }

            groupTrees[g].Add(t);
        }

        var count = groupSlots.Count;
        var cellCounts = new long[count];
        for (var g = 0; g < count; g++)
        {
            cellCounts[g] = Cells(groupSlots[g], rankCounts);
        }

        var cost = new long[count, count];
        for (var a = 0; a < count; a++)
        {
            for (var b = a + 1; b < count; b++)
            {
                cost[a, b] = cost[b, a] = MergeCost(groupSlots[a], groupSlots[b], cellCounts[a], cellCounts[b], rankCounts);
            }
        }

        // Groups by their original index, in list order: a merge keeps the first in place and removes the second.
        var order = new List<int>(count);
        for (var g = 0; g < count; g++)
        {
            order.Add(g);
        }

        Span<int> union = stackalloc int[2 * MaxFeaturesPerTable];
        while (true)
        {
            var (bestFirst, bestSecond, bestAdded) = (-1, -1, long.MaxValue);
            for (var i = 0; i < order.Count; i++)
            {
                for (var j = i + 1; j < order.Count; j++)
                {
                    if (cost[order[i], order[j]] < bestAdded)
                    {
                        (bestFirst, bestSecond, bestAdded) = (i, j, cost[order[i], order[j]]);
                    }
                }
            }

            if (bestFirst < 0)
            {
                var groups = new List<(int[] Slots, List<int> Trees)>(order.Count);
                foreach (var g in order)
                {
                    groups.Add((groupSlots[g], groupTrees[g]));
                }

                return groups;
            }

            var (kept, merged) = (order[bestFirst], order[bestSecond]);
            groupSlots[kept] = union[..Union(groupSlots[kept], groupSlots[merged], union)].ToArray();
            groupTrees[kept].AddRange(groupTrees[merged]);
            groupTrees[kept].Sort();
            cellCounts[kept] = Cells(groupSlots[kept], rankCounts);
            order.RemoveAt(bestSecond);
            foreach (var other in order)
            {
                if (other != kept)
                {
                    cost[kept, other] = cost[other, kept] = MergeCost(groupSlots[kept], groupSlots[other], cellCounts[kept], cellCounts[other], rankCounts);
                }
            }
        }
    }

    private static long Cells(ReadOnlySpan<int> slots, int[] rankCounts)
    {
        var cells = 1L;
        foreach (var slot in slots)
        {
            cells *= rankCounts[slot];
        }

        return cells;
    }

    /// <summary>Writes the union of two ascending, distinct sequences to <paramref name="union"/>, ascending; returns its length.</summary>
    private static int Union(ReadOnlySpan<int> a, ReadOnlySpan<int> b, Span<int> union)
    {
        int i = 0, j = 0, length = 0;
        while (i < a.Length || j < b.Length)
        {
            var next = j == b.Length || (i < a.Length && a[i] <= b[j]) ? a[i] : b[j];
            i += i < a.Length && a[i] == next ? 1 : 0;
            j += j < b.Length && b[j] == next ? 1 : 0;
            union[length++] = next;
        }

        return length;
    }

    /// <summary>
    /// The cells a merged table adds over two separate ones, or <see cref="long.MaxValue"/> when the two may not merge:
    /// either tests nothing, or the union tests too many features or has too many cells.
    /// </summary>
    private static long MergeCost(int[] a, int[] b, long cellsA, long cellsB, int[] rankCounts)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return long.MaxValue;
        }

        Span<int> union = stackalloc int[2 * MaxFeaturesPerTable];
        var length = Union(a, b, union);
        if (length > MaxFeaturesPerTable)
        {
            return long.MaxValue;
        }

        var cells = Cells(union[..length], rankCounts);
        return cells > MaxMergedCells ? long.MaxValue : cells - cellsA - cellsB;
    }

    /// <summary>Appends one cell per combination of ranks: the sum, in tree order, of the leaves the group's trees reach.</summary>
    private static void AddCells(
        IReadOnlyList<(TreeNode[] Nodes, double[] Leaves)> trees,
        List<int> group,
        int[] slots,
        RankedFeature[] ranked,
        float[] thresholds,
        int[] slotOfFeature,
        List<double> cells)
    {
        // The group's trees with each node's feature renumbered to its position in the table, so a walk reads the
        // cell's values from a small array.
        var groupNodes = new TreeNode[group.Count][];
        for (var i = 0; i < group.Count; i++)
        {
            var nodes = trees[group[i]].Nodes;
            var renumbered = new TreeNode[nodes.Length];
            for (var n = 0; n < nodes.Length; n++)
            {
                renumbered[n] = nodes[n] with { Feature = Array.IndexOf(slots, slotOfFeature[nodes[n].Feature]) };
            }

            groupNodes[i] = renumbered;
        }

        var size = 1;
        foreach (var slot in slots)
        {
            size *= ranked[slot].ThresholdCount + 1;
        }

        Span<float> values = stackalloc float[slots.Length];
        for (var cell = 0; cell < size; cell++)
        {
            // The cell's ranks, first feature fastest; a value of rank r is the r-th threshold (it exceeds the r
            // below it and no other), or +infinity for the top rank.
            var rest = cell;
            for (var i = 0; i < slots.Length; i++)
            {
                var feature = ranked[slots[i]];
                var rank = rest % (feature.ThresholdCount + 1);
                rest /= feature.ThresholdCount + 1;
                values[i] = rank < feature.ThresholdCount ? thresholds[feature.ThresholdStart + rank] : float.PositiveInfinity;
            }

            var sum = 0.0;
            for (var i = 0; i < groupNodes.Length; i++)
            {
                sum += trees[group[i]].Leaves[ExitLeaf(groupNodes[i], values)];
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
        /// <param name="offset">The table's first cell.</param>
        /// <param name="slots">The slots it is indexed by, ascending.</param>
        /// <param name="rankCounts">Per slot (of all slots), its number of ranks.</param>
        /// <param name="spareSlot">The slot past the last, whose rank is always 0.</param>
        public static Table Create(int offset, int[] slots, int[] rankCounts, int spareSlot)
        {
            Span<int> slot = stackalloc int[MaxFeaturesPerTable];
            Span<int> stride = stackalloc int[MaxFeaturesPerTable];
            var step = 1;
            for (var i = 0; i < MaxFeaturesPerTable; i++)
            {
                slot[i] = i < slots.Length ? slots[i] : spareSlot;
                stride[i] = i < slots.Length ? step : 0;
                step *= i < slots.Length ? rankCounts[slots[i]] : 1;
            }

            return new Table(offset, slot[0], stride[0], slot[1], stride[1], slot[2], stride[2], slot[3], stride[3]);
        }
    }
}
