using System.Buffers;
using SpeechActClassifier.Features;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Rules;

/// <summary>
/// Finds the cues of a sentence: lexicon terms (longest phrase wins, blockers suppress), negation scope, and
/// composite cues from the lexicon's rules. Immutable and thread-safe; build one per lexicon and share it.
/// </summary>
/// <remarks>
/// Words are compared by <see cref="CaseFolding.Hash"/> of each token, so matching is case-insensitive and
/// ignores typographic apostrophes and hyphens. A possessive ("Russia's", "NATO’s") also matches its stem.
/// Sentences of up to <see cref="MaxStackTokens"/> tokens are matched with no allocation on the managed heap;
/// longer ones rent their buffers from <see cref="ArrayPool{T}.Shared"/>.
/// </remarks>
internal sealed class CueMatcher
{
    /// <summary>
    /// The most cues <see cref="Match(ReadOnlySpan{char}, Span{Cue})"/> yields for one sentence, so a destination
    /// this long receives every cue. Real sentences give a few dozen; only a sentence of hundreds of cue words
    /// reaches it, and then the simple cues fill it first and the later composites are dropped.
    /// </summary>
    public const int MaxCues = 256;

    /// <summary>The longest sentence, in tokens, matched with stack buffers only (longer ones use pooled arrays).</summary>
    public const int MaxStackTokens = 256;

    /// <summary>
    /// How many tokens before a cue a negator can stand and still deny it. VADER looks back 3 words
    /// (<c>vaderSentiment.py</c>, the <c>negated</c> checks at distances 1 to 3); one more word here covers the
    /// article and the copula or verb of the designation construction ("is not seen as a threat",
    /// "no longer poses any serious threat" keeps "serious" inside the count).
    /// </summary>
    public const int NegationLookBack = 4;

    private static readonly Lazy<CueMatcher> DefaultMatcher = new(() => new CueMatcher(Lexicon.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly PhraseTrie _trie;
    private readonly CompiledRule[] _rules;

    /// <summary>Builds a matcher for a lexicon.</summary>
    /// <param name="lexicon">The terms and rules to look for, e.g. <see cref="Lexicon.Default"/> with additions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is <see langword="null"/>.</exception>
    public CueMatcher(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        _trie = new PhraseTrie(lexicon.Entries);
        _rules = new CompiledRule[lexicon.Rules.Count];
        for (var i = 0; i < _rules.Length; i++)
        {
            _rules[i] = CompiledRule.Create(lexicon.Rules[i]);
        }
    }

    /// <summary>The matcher for the embedded lexicon, built on first use.</summary>
    public static CueMatcher Default => DefaultMatcher.Value;

    /// <summary>The matcher for <paramref name="lexicon"/>: the shared <see cref="Default"/> for the embedded lexicon (or <see langword="null"/>), else a new one.</summary>
    /// <param name="lexicon">A lexicon, or <see langword="null"/> for the embedded one, which is then not parsed unless the default matcher needs it.</param>
    public static CueMatcher For(Lexicon? lexicon) =>
        lexicon is null || ReferenceEquals(lexicon, Lexicon.Default) ? Default : new CueMatcher(lexicon);

    /// <summary>The lexicon this matcher looks for.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Finds the cues of one sentence and writes them to <paramref name="destination"/> in text order.</summary>
    /// <param name="sentence">The sentence; every cue's range lies inside it.</param>
    /// <param name="destination">Where the cues go; <see cref="MaxCues"/> long never truncates.</param>
    /// <returns>How many cues were written; cues past the destination's length are dropped.</returns>
    public int Match(ReadOnlySpan<char> sentence, Span<Cue> destination) =>
        Match(sentence, destination, [], out _);

    /// <summary>
    /// Finds the cues of one sentence, and hands back what the feature extractor needs from the same tokenization,
    /// so the hot path tokenizes each sentence once.
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="destination">Where the cues go.</param>
    /// <param name="cueTokens">
    /// Empty, or as long as <paramref name="destination"/>: receives the index of the token each cue starts at, so
    /// the extractor need not search for it.
    /// </param>
    /// <param name="wordCount">The number of word and number tokens of the whole sentence.</param>
    /// <param name="ngrams">Where to add the sentence's hashed word n-grams from the same tokens, or the default target for none.</param>
    /// <returns>How many cues were written.</returns>
    internal int Match(ReadOnlySpan<char> sentence, Span<Cue> destination, Span<int> cueTokens, out int wordCount, NgramTarget ngrams = default)
    {
        // Per token: the token, its hash, whether a phrase may start there (one bit) and whether a negator ends there,
        // on the stack unless the sentence is very long.
        var buffers = new TokenBuffers(
            stackalloc Token[MaxStackTokens],
            stackalloc ulong[MaxStackTokens],
            ngrams.IsActive ? stackalloc ulong[MaxStackTokens] : [],
            stackalloc ulong[(MaxStackTokens + 63) / 64],
            stackalloc bool[MaxStackTokens]);
        try
        {
            var tokenCount = ReadTokens(sentence, ref buffers, out wordCount);
            var tokens = buffers.Tokens[..tokenCount];
            var hashes = buffers.Hashes[..tokenCount];
            if (ngrams.IsActive)
            {
                ngrams.Add(tokens, hashes, buffers.Bigrams[..tokenCount]);
            }

            return MatchTokens(sentence, tokens, hashes, buffers.PhraseStarts, buffers.NegatorEnds[..tokenCount], destination, cueTokens);
        }
        finally
        {
            buffers.Dispose();
        }
    }

    /// <summary>Finds the cues of one sentence (a convenience over the span overload).</summary>
    /// <param name="sentence">The sentence.</param>
    /// <returns>The cues in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentence"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<Cue> Match(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        Span<Cue> cues = stackalloc Cue[MaxCues];
        var count = Match(sentence.AsSpan(), cues);
        return cues[..count].ToArray();
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> and hashes each token in the same pass, while its characters are in cache,
    /// and notes which tokens may start a phrase; the buffers grow when the sentence outgrows them.
    /// </summary>
    /// <param name="text">The sentence.</param>
    /// <param name="buffers">
    /// Receive the tokens, their folded hashes, the phrase-start bits (one per token, set when the trie's filter says a
    /// phrase may start there) and, unless <see cref="TokenBuffers.Bigrams"/> is empty, for each word or number that
    /// follows one the hash of the two ("w1 w2"), computed in the same pass as its own; other entries are left as they were.
    /// </param>
    /// <param name="wordCount">The number of word and number tokens.</param>
    /// <returns>How many tokens were read.</returns>
    private int ReadTokens(ReadOnlySpan<char> text, ref TokenBuffers buffers, out int wordCount)
    {
        // The spans in locals, so the loop keeps them in registers; they change only when the buffers grow.
        var tokens = buffers.Tokens;
        var hashes = buffers.Hashes;
        var bigrams = buffers.Bigrams;
        var phraseStarts = buffers.PhraseStarts;
        var count = 0;
        wordCount = 0;
        phraseStarts.Clear();
        var previousIsWord = false;
        var previousHash = 0UL;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            if (count == tokens.Length)
            {
                buffers.Grow(count);
                tokens = buffers.Tokens;
                hashes = buffers.Hashes;
                bigrams = buffers.Bigrams;
                phraseStarts = buffers.PhraseStarts;
            }

            var isWord = token.Kind is TokenKind.Word or TokenKind.Number;
            if (isWord)
            {
                wordCount++;
            }

            var hash = !bigrams.IsEmpty && isWord && previousIsWord
                ? CaseFolding.HashAndContinue(token.Slice(text), CaseFolding.Append(previousHash, ' '), out bigrams[count])
                : CaseFolding.Hash(token.Slice(text));
            previousIsWord = isWord;
            previousHash = hash;
            tokens[count] = token;
            hashes[count] = hash;

            // Without a branch: whether a word may start a phrase is as unpredictable as the text.
            phraseStarts[count >> 6] |= (_trie.MayStartPhrase(hash) ? 1UL : 0UL) << count;
            count++;
        }

        return count;
    }

    /// <summary>The pipeline over read tokens: lexicon terms, negation, composites, text order.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="wordHashes">The tokens' hashes, from <see cref="ReadTokens"/>.</param>
    /// <param name="phraseStarts">The tokens where a phrase may start, from <see cref="ReadTokens"/>.</param>
    /// <param name="negatorEnds">Scratch, one per token: a negator ends here.</param>
    /// <param name="destination">Where the cues go.</param>
    /// <param name="cueTokens">Empty, or receives each written cue's first token index.</param>
    private int MatchTokens(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> wordHashes, ReadOnlySpan<ulong> phraseStarts, Span<bool> negatorEnds, Span<Cue> destination, Span<int> cueTokens)
    {
        negatorEnds.Clear();
        Span<MatchedCue> found = stackalloc MatchedCue[MaxCues];
        var count = FindTerms(tokens, wordHashes, phraseStarts, negatorEnds, found);
        var sentence = new TokenizedSentence(text, tokens, wordHashes);
        MarkNegated(found[..count], sentence, negatorEnds);
        count = AddComposites(found, count, sentence);
        SortInTextOrder(found[..count]);

        var written = Math.Min(count, destination.Length);
        for (var i = 0; i < written; i++)
        {
            destination[i] = found[i].Cue;
        }

        if (!cueTokens.IsEmpty)
        {
            for (var i = 0; i < written; i++)
            {
                cueTokens[i] = found[i].FirstToken;
            }
        }

        return written;
    }

    /// <summary>Leftmost-longest matching: at each token the longest phrase wins and its tokens are consumed.</summary>
    /// <remarks>Only tokens where a phrase may start are visited: the rest are skipped a word of bits at a time.</remarks>
    private int FindTerms(ReadOnlySpan<Token> tokens, ReadOnlySpan<ulong> wordHashes, ReadOnlySpan<ulong> phraseStarts, Span<bool> negatorEnds, Span<MatchedCue> found)
    {
        var count = 0;
        var i = 0;
        while ((i = NextPhraseStart(phraseStarts, i, tokens.Length)) < tokens.Length)
        {
            var node = PhraseTrie.Root;
            var bestNode = -1;
            var bestEnd = -1;
            for (var j = i; j < tokens.Length; j++)
            {
                // A possessive ("NATO's") steps along its stem's edge: the trie holds both forms of every word.
                if (!_trie.TryStep(node, wordHashes[j], out var next, out var terminal, out var extends))
                {
                    break;
                }

                node = next;
                if (terminal)
                {
                    bestNode = node;
                    bestEnd = j;
                }

                if (!extends)
                {
                    break;
                }
            }

            if (bestNode < 0)
            {
                i++;
                continue;
            }

            if (!_trie.IsBlocker(bestNode))
            {
                var start = tokens[i].Start;
                var length = tokens[bestEnd].End - start;
                foreach (var payload in _trie.Payloads(bestNode))
                {
                    if (count == found.Length)
                    {
                        return count;
                    }

                    found[count++] = new MatchedCue
                    {
                        Cue = new Cue(payload.Category, start, length, false, payload.Weight),
                        FirstToken = i,
                        LastToken = bestEnd,
                    };
                    if (payload.Category == CueCategory.Negation)
                    {
                        negatorEnds[bestEnd] = true;
                    }
                }
            }

            i = bestEnd + 1;
        }

        return count;
    }

    /// <summary>The first token at or after <paramref name="from"/> whose bit is set, or <paramref name="count"/> when none is.</summary>
    private static int NextPhraseStart(ReadOnlySpan<ulong> phraseStarts, int from, int count)
    {
        if (from >= count)
        {
            return count;
        }

        var word = from >> 6;
        var bits = phraseStarts[word] & (ulong.MaxValue << from);
        while (bits == 0)
        {
            if (++word == phraseStarts.Length)
            {
                return count;
            }

            bits = phraseStarts[word];
        }

        return Math.Min(count, (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits));
    }

    /// <summary>
    /// Marks a cue negated when a negator ends within <see cref="NegationLookBack"/> tokens before it, in the same
    /// clause. Actors, negators, hedges and theory words are never negated: "not" does not deny who speaks.
    /// </summary>
    /// <remarks>
    /// Looks for the negator first and tests clause breaks only between it and the cue: negators are rare, so most
    /// cues never ask whether a token ends a clause.
    /// </remarks>
    private static void MarkNegated(Span<MatchedCue> found, in TokenizedSentence sentence, ReadOnlySpan<bool> negatorEnds)
    {
        for (var c = 0; c < found.Length; c++)
        {
            ref var cue = ref found[c];
            if (cue.Cue.Category is CueCategory.Actor or CueCategory.Negation or CueCategory.Hedge or CueCategory.Theory)
            {
                continue;
            }

            var stop = Math.Max(0, cue.FirstToken - NegationLookBack);
            var negator = cue.FirstToken - 1;
            while (negator >= stop && !negatorEnds[negator])
            {
                negator--;
            }

            if (negator < stop)
            {
                continue;
            }

            // Negated unless a clause ends between them, the negator's own token included, as a scan from the cue
            // back to the negator would find it first.
            var sameClause = true;
            for (var t = negator; t < cue.FirstToken && sameClause; t++)
            {
                sameClause = !sentence.IsClauseBreak(t);
            }

            if (sameClause)
            {
                cue.Cue = cue.Cue with { IsNegated = true };
            }
        }
    }

    /// <summary>
    /// Applies each rule once per left cue, pairing it with the strongest right cue inside the window (the nearest
    /// on ties, so "warned that drugs and gangs threaten" pairs with "threaten", not the weak "drugs"); the composite
    /// is as strong as its weaker part: the rule's weight times the smaller of the two cue weights (a weak "said"
    /// makes a weak designation, whichever side of the threat it stands). A left cue that an
    /// earlier rule with the same result already combined is skipped. Only simple cues are combined, and a rule
    /// visits only the cues of its two categories, so the work is bounded by cues × rules × window.
    /// </summary>
    private int AddComposites(Span<MatchedCue> found, int simpleCount, in TokenizedSentence sentence)
    {
        var count = simpleCount;

        // Each rule reads only the cues of its two categories, so chain the simple cues by category once: most
        // sentences hold a few categories, and most rules then find an empty chain without scanning any cue.
        Span<int> firstOfCategory = stackalloc int[CueCategories.Count];
        Span<int> nextOfCategory = stackalloc int[simpleCount];
        ChainByCategory(found[..simpleCount], firstOfCategory, nextOfCategory);

        foreach (ref readonly var rule in _rules.AsSpan())
        {
            // The simple cues are in token order, so the right cues after a left one start where those after the
            // previous left one started: one cursor walks the right chain forward across the whole rule.
            var rightAfterLeft = firstOfCategory[(int)rule.Right];
            for (var l = firstOfCategory[(int)rule.Left]; l >= 0 && rightAfterLeft >= 0; l = nextOfCategory[l])
            {
                while (rightAfterLeft >= 0 && rightAfterLeft <= l)
                {
                    rightAfterLeft = nextOfCategory[rightAfterLeft];
                }

                ref readonly var left = ref found[l];
                var best = -1;
                for (var r = rightAfterLeft; r >= 0; r = nextOfCategory[r])
                {
                    ref readonly var right = ref found[r];
                    var gap = right.FirstToken - left.LastToken - 1;
                    if (gap < 0)
                    {
                        continue;
                    }

                    // Token order again: every later right cue is at least as far.
                    if (gap > rule.Window)
                    {
                        break;
                    }

                    if ((best < 0 || right.Cue.Weight > found[best].Cue.Weight) && IsBridged(rule, left.LastToken + 1, right.FirstToken, sentence))
                    {
                        best = r;
                    }
                }

                if (best < 0 || HasComposite(found[simpleCount..count], rule.Result, left.Cue.Start))
                {
                    continue;
                }

                if (count == found.Length)
                {
                    return count;
                }

                ref readonly var partner = ref found[best];
                found[count++] = new MatchedCue
                {
                    Cue = new Cue(rule.Result, left.Cue.Start, partner.Cue.End - left.Cue.Start, left.Cue.IsNegated || partner.Cue.IsNegated, rule.Weight * Math.Min(left.Cue.Weight, partner.Cue.Weight)),
                    FirstToken = left.FirstToken,
                    LastToken = partner.LastToken,
                };
            }
        }

        return count;
    }

    /// <summary>
    /// Links the cues of each category in text order: <paramref name="first"/> holds each category's first cue,
    /// <paramref name="next"/> each cue's successor of the same category, and -1 ends a chain.
    /// </summary>
    private static void ChainByCategory(ReadOnlySpan<MatchedCue> cues, Span<int> first, Span<int> next)
    {
        first.Fill(-1);
        for (var i = cues.Length - 1; i >= 0; i--)
        {
            ref var head = ref first[(int)cues[i].Cue.Category];
            next[i] = head;
            head = i;
        }
    }

    /// <summary>True when an earlier rule with the same result already combined the same left cue.</summary>
    private static bool HasComposite(ReadOnlySpan<MatchedCue> composites, CueCategory result, int start)
    {
        foreach (var composite in composites)
        {
            if (composite.Cue.Category == result && composite.Cue.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the tokens between two cues satisfy the rule's scope and link word.</summary>
    private static bool IsBridged(in CompiledRule rule, int from, int to, in TokenizedSentence sentence)
    {
        if (!rule.WithinClause && rule.LinkHash == 0)
        {
            return true;
        }

        var linked = rule.LinkHash == 0;
        for (var t = from; t < to; t++)
        {
            if (rule.WithinClause && sentence.IsClauseBreak(t))
            {
                return false;
            }

            linked |= sentence.WordHashes[t] == rule.LinkHash;
        }

        return linked;
    }

    /// <summary>Insertion sort (stable, no allocation; a sentence has few cues): by start, longer first, then category.</summary>
    private static void SortInTextOrder(Span<MatchedCue> found)
    {
        for (var i = 1; i < found.Length; i++)
        {
            var item = found[i];
            var j = i - 1;
            while (j >= 0 && ComesAfter(found[j].Cue, item.Cue))
            {
                found[j + 1] = found[j];
                j--;
            }

            found[j + 1] = item;
        }
    }

    private static bool ComesAfter(in Cue a, in Cue b) =>
        a.Start != b.Start ? a.Start > b.Start
        : a.Length != b.Length ? a.Length < b.Length
        : a.Category > b.Category;

    /// <summary>A rule's fields as the matcher reads them, in one struct, with its link word hashed once (0 for none).</summary>
    private readonly record struct CompiledRule(CueCategory Result, CueCategory Left, CueCategory Right, int Window, bool WithinClause, float Weight, ulong LinkHash)
    {
        public static CompiledRule Create(CompositeRule rule) => new(
            rule.Result,
            rule.Left,
            rule.Right,
            rule.Window,
            rule.Scope == RuleScope.Clause,
            rule.Weight,
            rule.Link.Length == 0 ? 0UL : CaseFolding.Hash(rule.Link));
    }
}
