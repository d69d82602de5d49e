namespace SpeechActClassifier.Rules;

/// <summary>
/// The trie's edges, (node, word hash) → child node, in one open-addressing table with linear probing. The word
/// hashes are already 64-bit FNV-1a values, so mixing in the node and masking gives a well-spread slot; a lookup is
/// one or two probes in a flat array, where a general dictionary costs a hash-code call and a comparer per token.
/// </summary>
internal sealed class EdgeTable
{
    /// <summary>Empty slots hold this child; no edge leads to the root.</summary>
    private const int Empty = 0;

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Builds the table from every edge of a trie.</summary>
    /// <param name="edges">Each edge once: parent node, word hash, child node (never the root).</param>
    public EdgeTable(IReadOnlyCollection<(int Node, ulong Hash, int Child)> edges)
    {
        // At most half full, so probe runs stay short.
        var size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)edges.Count * 2));
        _slots = new Slot[size];
        _mask = size - 1;
        foreach (var (node, hash, child) in edges)
        {
            var index = IndexOf(node, hash);
            while (_slots[index].Child != Empty)
            {
                index = (index + 1) & _mask;
            }

            _slots[index] = new Slot(hash, node, child);
        }
    }

    /// <summary>Follows the edge labelled <paramref name="hash"/> out of <paramref name="node"/>.</summary>
    /// <param name="node">The current node.</param>
    /// <param name="hash">The folded hash of the next word.</param>
    /// <param name="child">The node reached, when there is an edge.</param>
    /// <returns>True when there is an edge.</returns>
    public bool TryGetChild(int node, ulong hash, out int child)
    {
        var index = IndexOf(node, hash);
        while (true)
        {
            ref readonly var slot = ref _slots[index];
            child = slot.Child;
            if (child == Empty)
            {
                return false;
            }

            if (slot.Hash == hash && slot.Node == node)
            {
                return true;
            }

            index = (index + 1) & _mask;
        }
    }

    private int IndexOf(int node, ulong hash)
    {
        var mixed = (hash ^ ((ulong)node * 0x9E3779B97F4A7C15UL)) * 0xFF51AFD7ED558CCDUL;
        return (int)(mixed >> 32) & _mask;
    }

    /// <summary>One edge in 16 bytes, so a probe reads one cache line.</summary>
    private readonly record struct Slot(ulong Hash, int Node, int Child);
}
