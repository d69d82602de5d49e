using SpeechActClassifier.Text;

namespace SpeechActClassifier.Rules;

/// <summary>
/// A trie over token hashes (<see cref="CaseFolding.Hash"/> of each word): phrase "state of emergency" is the
/// path state → of → emergency. Walking it from each token finds the longest phrase starting there in time
/// bounded by the longest phrase, so matching a sentence is linear in its length.
/// </summary>
internal sealed class PhraseTrie
{
    /// <summary>The node every walk starts from.</summary>
    public const int Root = 0;

    /// <summary>The bit of a packed child that says a phrase ends at it.</summary>
    private const int TerminalFlag = 1;

    /// <summary>The bit of a packed child that says a longer phrase continues from it.</summary>
    private const int ExtendsFlag = 2;

    /// <summary>What a possessive adds to its stem, folded.</summary>
    private const string PossessiveSuffix = "'s";

    private readonly EdgeTable _edges;
    private readonly int[] _payloadStart;
    private readonly int[] _payloadCount;
    private readonly bool[] _isBlocker;
    private readonly TermPayload[] _payloads;

    public PhraseTrie(IEnumerable<LexiconEntry> entries)
    {
        var edges = new Dictionary<Edge, int>();
        var payloadsByNode = new List<List<TermPayload>?> { null };
        var blockers = new List<bool> { false };
        Span<Token> tokens = stackalloc Token[LexiconEntry.MaxWords];
        foreach (var entry in entries)
        {
            var count = Tokenizer.Tokenize(entry.Term, tokens);
            var node = Root;
            for (var i = 0; i < count; i++)
            {
                var edge = new Edge(node, CaseFolding.Hash(tokens[i].Slice(entry.Term)));
                if (!edges.TryGetValue(edge, out var next))
                {
                    next = payloadsByNode.Count;
                    payloadsByNode.Add(null);
                    blockers.Add(false);
                    edges.Add(edge, next);
                }

                node = next;
            }

            if (node == Root)
            {
                continue;
            }

            if (entry.IsBlocker)
            {
                blockers[node] = true;
            }
            else
            {
                (payloadsByNode[node] ??= []).Add(new TermPayload(entry.Category, entry.Weight));
            }
        }

        _isBlocker = [.. blockers];
        _payloadStart = new int[payloadsByNode.Count];
        _payloadCount = new int[payloadsByNode.Count];
        var flat = new List<TermPayload>();
        for (var node = 0; node < payloadsByNode.Count; node++)
        {
            _payloadStart[node] = flat.Count;
            if (payloadsByNode[node] is { } payloads)
            {
                flat.AddRange(payloads);
                _payloadCount[node] = payloads.Count;
            }
        }

        _payloads = [.. flat];

        // A possessive ("NATO's", "NATO’s", which folds the same) steps where its stem steps, unless the lexicon
        // spells that possessive as a word of its own: the matcher then needs one lookup per token, not two.
        var stems = new KeyValuePair<Edge, int>[edges.Count];
        ((ICollection<KeyValuePair<Edge, int>>)edges).CopyTo(stems, 0);
        foreach (var (edge, child) in stems)
        {
            edges.TryAdd(edge with { Hash = CaseFolding.Append(edge.Hash, PossessiveSuffix) }, child);
        }

        // Each edge's child carries two flags in its low bits, whether a phrase ends there and whether any continues
        // from there, so one load answers all a step asks.
        var isParent = new bool[payloadsByNode.Count];
        foreach (var edge in edges.Keys)
        {
            isParent[edge.Node] = true;
        }

        var table = new (int Node, ulong Hash, int Child)[edges.Count];
        var filled = 0;
        foreach (var (edge, child) in edges)
        {
            table[filled++] = (edge.Node, edge.Hash, (child << 2) | (isParent[child] ? ExtendsFlag : 0) | (IsTerminal(child) ? TerminalFlag : 0));
        }

        _edges = new EdgeTable(table);
    }

    /// <summary>False when no phrase starts with the word of <paramref name="tokenHash"/>; true when one may.</summary>
    /// <param name="tokenHash">The folded hash of a word.</param>
    /// <returns>What the edge filter says, without probing the edge table.</returns>
    public bool MayStartPhrase(ulong tokenHash) => _edges.MayHaveChild(Root, tokenHash);

    /// <summary>Follows one word from <paramref name="node"/>; false when no phrase continues with it.</summary>
    /// <param name="node">The current node.</param>
    /// <param name="tokenHash">The folded hash of the next word.</param>
    /// <param name="next">The node reached.</param>
    /// <param name="terminal">True when a phrase (a term or a blocker) ends at <paramref name="next"/>.</param>
    /// <param name="extends">True when a longer phrase continues from <paramref name="next"/>.</param>
    /// <returns>True when there is an edge.</returns>
    public bool TryStep(int node, ulong tokenHash, out int next, out bool terminal, out bool extends)
    {
        var found = _edges.TryGetChild(node, tokenHash, out var packed);
        next = packed >> 2;
        terminal = (packed & TerminalFlag) != 0;
        extends = (packed & ExtendsFlag) != 0;
        return found;
    }

    /// <summary>True when a phrase ends at <paramref name="node"/> (a term or a blocker).</summary>
    private bool IsTerminal(int node) => _isBlocker[node] || _payloadCount[node] > 0;

    /// <summary>True when the phrase ending at <paramref name="node"/> is a blocker.</summary>
    public bool IsBlocker(int node) => _isBlocker[node];

    /// <summary>The categories and weights of the phrase ending at <paramref name="node"/>.</summary>
    public ReadOnlySpan<TermPayload> Payloads(int node) => _payloads.AsSpan(_payloadStart[node], _payloadCount[node]);

    /// <summary>A trie edge: from a node, along one word's hash.</summary>
    private readonly record struct Edge(int Node, ulong Hash)
    {
        public bool Equals(Edge other) => Node == other.Node && Hash == other.Hash;

        public override int GetHashCode() => HashCode.Combine(Node, Hash);
    }
}
