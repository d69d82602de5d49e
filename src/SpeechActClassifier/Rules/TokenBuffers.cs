using System.Buffers;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Rules;

/// <summary>
/// The per-token scratch of one sentence as the cue matcher reads it: tokens, folded hashes, bigram hashes,
/// phrase-start bits and negator ends. It starts on the caller's stack buffers and, when a sentence outgrows them,
/// moves to arrays from <see cref="ArrayPool{T}.Shared"/> of twice the size, keeping what was read, so even a very
/// long sentence is tokenized once. <see cref="Dispose"/> returns the arrays.
/// </summary>
internal ref struct TokenBuffers
{
    private Token[]? _pooledTokens;

    /// <summary>Hashes, then bigram hashes (when kept), then phrase-start bits, in one pooled array.</summary>
    private ulong[]? _pooledWords;

    private bool[]? _pooledFlags;

    /// <summary>Starts on buffers of the caller's; all but <paramref name="bigrams"/> must be of one capacity (bits: one per token).</summary>
    /// <param name="tokens">The tokens' buffer; its length is the capacity.</param>
    /// <param name="hashes">As long as <paramref name="tokens"/>.</param>
    /// <param name="bigrams">Empty when no n-grams are kept, else as long as <paramref name="tokens"/>.</param>
    /// <param name="phraseStarts">One bit per token, 64 to a word.</param>
    /// <param name="negatorEnds">As long as <paramref name="tokens"/>.</param>
    public TokenBuffers(Span<Token> tokens, Span<ulong> hashes, Span<ulong> bigrams, Span<ulong> phraseStarts, Span<bool> negatorEnds)
    {
        Tokens = tokens;
        Hashes = hashes;
        Bigrams = bigrams;
        PhraseStarts = phraseStarts;
        NegatorEnds = negatorEnds;
    }

    /// <summary>The tokens read so far, and room for more.</summary>
    public Span<Token> Tokens { get; private set; }

    /// <summary>Each token's <see cref="CaseFolding.Hash"/>.</summary>
    public Span<ulong> Hashes { get; private set; }

    /// <summary>Empty, or for each word or number that follows one, the hash of the pair.</summary>
    public Span<ulong> Bigrams { get; private set; }

    /// <summary>One bit per token: a phrase may start there.</summary>
    public Span<ulong> PhraseStarts { get; private set; }

    /// <summary>One flag per token: a negator ends there.</summary>
    public Span<bool> NegatorEnds { get; private set; }

    /// <summary>Doubles the capacity, keeping the first <paramref name="count"/> tokens' entries; new phrase-start bits are clear.</summary>
    /// <param name="count">How many tokens have been read.</param>
    public void Grow(int count)
    {
        var capacity = Math.Max(64, Tokens.Length * 2);
        var bitWords = (capacity + 63) / 64;
        var tokens = ArrayPool<Token>.Shared.Rent(capacity);
        var words = ArrayPool<ulong>.Shared.Rent((Bigrams.IsEmpty ? capacity : 2 * capacity) + bitWords);
        var flags = ArrayPool<bool>.Shared.Rent(capacity);

        Tokens[..count].CopyTo(tokens);
        var hashes = words.AsSpan(0, capacity);
        Hashes[..count].CopyTo(hashes);
        var bigrams = Bigrams.IsEmpty ? [] : words.AsSpan(capacity, capacity);
        if (!Bigrams.IsEmpty)
        {
            Bigrams[..count].CopyTo(bigrams);
        }

        var phraseStarts = words.AsSpan(words.Length - bitWords, bitWords);
        phraseStarts.Clear();
        PhraseStarts.CopyTo(phraseStarts);

        Return();
        _pooledTokens = tokens;
        _pooledWords = words;
        _pooledFlags = flags;
        Tokens = tokens.AsSpan(0, capacity);
        Hashes = hashes;
        Bigrams = bigrams;
        PhraseStarts = phraseStarts;
        NegatorEnds = flags.AsSpan(0, capacity);
    }

    /// <summary>Returns the pooled arrays, if the sentence needed any.</summary>
    public void Dispose() => Return();

    private void Return()
    {
        if (_pooledTokens is not null)
        {
            ArrayPool<Token>.Shared.Return(_pooledTokens);
            ArrayPool<ulong>.Shared.Return(_pooledWords!);
            ArrayPool<bool>.Shared.Return(_pooledFlags!);
            _pooledTokens = null;
            _pooledWords = null;
            _pooledFlags = null;
        }
    }
}
