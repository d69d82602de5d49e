namespace SpeechActClassifier.Rules;

/// <summary>
/// The trie's edges, (node, word hash) → child node, in one open-addressing table with linear probing. The word
/// hashes are already 64-bit FNV-1a values, so mixing in the node and masking gives a well-spread slot; a lookup is
/// one or two probes in a flat array, where a general dictionary costs a hash-code call and a comparer per token.
/// </summary>
/// <remarks>
/// Most lookups find no edge: a word that starts no phrase, or a phrase's first word followed by anything but its
/// second. A filter of one bit per (node, word) mix, 8 KB so it stays in the first-level cache, answers most of
/// those without touching the table, whose 16-byte slots for a few thousand edges do not stay there.
/// </remarks>
internal sealed class EdgeTable
{
    /// <summary>Empty slots hold this child; no edge leads to the root.</summary>
    private const int Empty = 0;

    /// <summary>Bits in the filter: 65,536, so a few thousand edges set fewer than one in ten.</summary>
    private const int FilterBits = 1 << 16;

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>The bit <see cref="FilterBit"/> of every edge; a clear bit means no edge.</summary>
    private readonly ulong[] _filter = new ulong[FilterBits / 64];

    /// <summary>Builds the table from every edge of a trie.</summary>
    /// <param name="edges">Each edge once: parent node, word hash, and the child's value (never 0, which marks an empty slot).</param>
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
            var bit = FilterBit(Mix(node, hash));
            _filter[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>Follows the edge labelled <paramref name="hash"/> out of <paramref name="node"/>.</summary>
    /// <param name="node">The current node.</param>
    /// <param name="hash">The folded hash of the next word.</param>
    /// <param name="child">The node reached, when there is an edge.</param>
    /// <returns>True when there is an edge.</returns>
    public bool TryGetChild(int node, ulong hash, out int child)
    {
        var mixed = Mix(node, hash);
        var bit = FilterBit(mixed);
        if ((_filter[bit >> 6] & (1UL << bit)) == 0)
        {
            child = Empty;
            return false;
        }

        var index = SlotOf(mixed);
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

    /// <summary>False when <paramref name="node"/> has no edge labelled <paramref name="hash"/>; true when it may have one.</summary>
    /// <param name="node">A node.</param>
    /// <param name="hash">The folded hash of a word.</param>
    /// <returns>What the filter says, without touching the table.</returns>
    public bool MayHaveChild(int node, ulong hash)
    {
        var bit = FilterBit(Mix(node, hash));
        return (_filter[bit >> 6] & (1UL << bit)) != 0;
    }

    private int IndexOf(int node, ulong hash) => SlotOf(Mix(node, hash));

    /// <summary>The node and the word's hash mixed into 64 well-spread bits: bits 32 up pick the slot, the top 16 the filter bit.</summary>
    private static ulong Mix(int node, ulong hash) => (hash ^ ((ulong)node * 0x9E3779B97F4A7C15UL)) * 0xFF51AFD7ED558CCDUL;

    private int SlotOf(ulong mixed) => (int)(mixed >> 32) & _mask;

    private static int FilterBit(ulong mixed) => (int)(mixed >> 48);

    /// <summary>One edge in 16 bytes, so a probe reads one cache line.</summary>
    private readonly record struct Slot(ulong Hash, int Node, int Child);
}
