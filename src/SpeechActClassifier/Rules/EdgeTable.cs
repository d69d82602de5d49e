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

    private readonly ulong[] _hashes;
    private readonly int[] _nodes;
    private readonly int[] _children;
    private readonly int _mask;

    /// <summary>Builds the table from every edge of a trie.</summary>
    /// <param name="edges">Each edge once: parent node, word hash, child node (never the root).</param>
    public EdgeTable(IReadOnlyCollection<(int Node, ulong Hash, int Child)> edges)
    {
        // At most half full, so probe runs stay short.
        var size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)edges.Count * 2));
        _hashes = new ulong[size];
        _nodes = new int[size];
        _children = new int[size];
        _mask = size - 1;
        foreach (var (node, hash, child) in edges)
        {
            var slot = Slot(node, hash);
            while (_children[slot] != Empty)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _nodes[slot] = node;
            _children[slot] = child;
        }
    }

    /// <summary>Follows the edge labelled <paramref name="hash"/> out of <paramref name="node"/>.</summary>
    /// <param name="node">The current node.</param>
    /// <param name="hash">The folded hash of the next word.</param>
    /// <param name="child">The node reached, when there is an edge.</param>
    /// <returns>True when there is an edge.</returns>
    public bool TryGetChild(int node, ulong hash, out int child)
    {
        var slot = Slot(node, hash);
        while (true)
        {
            child = _children[slot];
            if (child == Empty)
            {
                return false;
            }

            if (_hashes[slot] == hash && _nodes[slot] == node)
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int Slot(int node, ulong hash)
    {
        var mixed = (hash ^ ((ulong)node * 0x9E3779B97F4A7C15UL)) * 0xFF51AFD7ED558CCDUL;
        return (int)(mixed >> 32) & _mask;
    }
}
