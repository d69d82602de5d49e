namespace SpeechActClassifier.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s without allocating: words, numbers, punctuation and symbols.
/// White space, control characters and lone surrogates separate tokens and never become tokens.
/// </summary>
/// <remarks>
/// Words keep inner hyphens and apostrophes ("NATO-Russia", "re-securitized", "NATO’s") and dotted initials
/// ("U.S.", "e.g."). Every token's range lies inside the input, and tokens never overlap.
/// </remarks>
internal static class Tokenizer
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>Enumerates the tokens of <paramref name="text"/> lazily, with no allocation.</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public static TokenEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>
    /// Writes the tokens of <paramref name="text"/> into <paramref name="destination"/>, stopping when it is full.
    /// </summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="destination">Where the tokens go, in text order.</param>
    /// <returns>How many tokens were written; equal to <paramref name="destination"/>'s length when it filled up.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, Span<Token> destination)
    {
        var count = 0;
        foreach (var token in new TokenEnumerator(text))
        {
            if (count == destination.Length)
            {
                break;
            }

            destination[count++] = token;
        }

        return count;
    }

    /// <summary>Returns every token of <paramref name="text"/> as a new array (a convenience over the span API).</summary>
    /// <param name="text">The text to tokenize.</param>
    /// <returns>The tokens in text order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static Token[] Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        foreach (var token in new TokenEnumerator(text))
        {
            tokens.Add(token);
        }

        return [.. tokens];
    }

    /// <summary>Reads one token starting at <paramref name="start"/>, which is not white space.</summary>
    internal static Token ReadToken(ReadOnlySpan<char> text, int start)
    {
        var c = text[start];
        if (CharClass.IsLetter(c))
        {
            return new Token(start, ReadWord(text, start) - start, TokenKind.Word);
        }

        if (CharClass.IsDigit(c))
        {
            return new Token(start, ReadNumber(text, start) - start, TokenKind.Number);
        }

        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            if (IsSupplementaryLetter(text, start))
            {
                return new Token(start, ReadWord(text, start) - start, TokenKind.Word);
            }

            return new Token(start, ReadEmojiSequence(text, start + 2) - start, TokenKind.Symbol);
        }

        if (CharClass.IsPunctuation(c))
        {
            return new Token(start, 1, TokenKind.Punctuation);
        }

        return new Token(start, ReadEmojiSequence(text, start + 1) - start, TokenKind.Symbol);
    }

    /// <summary>
    /// Extends a symbol ending at <paramref name="index"/> over what belongs to the same emoji: variation selectors
    /// and keycaps ("❤️"), skin tones ("👍🏽"), zero-width-joined symbols ("👨‍👩‍👧") and the second half of a flag ("🇺🇦").
    /// Without this the variation selector, a combining mark, would become a word of its own.
    /// </summary>
    private static int ReadEmojiSequence(ReadOnlySpan<char> text, int index)
    {
        var i = index;
        var pendingFlag = IsRegionalIndicator(text, i - 2);
        while (i < text.Length)
        {
            var c = text[i];
            if (c is (>= '\uFE00' and <= '\uFE0F') or '\u20E3')
            {
                i++;
                continue;
            }

            // Skin-tone modifiers U+1F3FB..U+1F3FF.
            if (c == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                i += 2;
                continue;
            }

            if (pendingFlag && IsRegionalIndicator(text, i))
            {
                i += 2;
                pendingFlag = false;
                continue;
            }

            if (c == '\u200D' && i + 1 < text.Length && IsSymbolStart(text, i + 1, out var length))
            {
                i += 1 + length;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>True when a symbol (a BMP symbol or a non-letter surrogate pair) starts at <paramref name="index"/>.</summary>
    private static bool IsSymbolStart(ReadOnlySpan<char> text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return !IsSupplementaryLetter(text, index);
        }

        length = 1;
        return CharClass.IsSymbol(c);
    }

    /// <summary>True when a regional indicator (U+1F1E6..U+1F1FF, half of a flag) starts at <paramref name="index"/>.</summary>
    private static bool IsRegionalIndicator(ReadOnlySpan<char> text, int index) =>
        index >= 0 && index + 1 < text.Length && text[index] == '\uD83C' && text[index + 1] is >= '\uDDE6' and <= '\uDDFF';

    /// <summary>True when the character at <paramref name="index"/> can start a token.</summary>
    internal static bool CanStartToken(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (CharClass.IsSpace(c) || char.IsControl(c) || CharClass.IsFormat(c))
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        }

        return !char.IsLowSurrogate(c);
    }

    /// <summary>True when a surrogate pair at <paramref name="index"/> encodes a letter (e.g. a historic script).</summary>
    private static bool IsSupplementaryLetter(ReadOnlySpan<char> text, int index) =>
        System.Text.Rune.DecodeFromUtf16(text[index..], out var rune, out _) == System.Buffers.OperationStatus.Done
        && System.Text.Rune.IsLetter(rune);

    private static int ReadWord(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        var initials = true;
        var lettersSinceDot = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsLetter(c) || CharClass.IsDigit(c))
            {
                i++;
                lettersSinceDot++;
                initials &= lettersSinceDot == 1;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && IsSupplementaryLetter(text, i))
            {
                i += 2;
                lettersSinceDot++;
                initials = false;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            // A zero-width space is an invisible word break, unlike soft hyphens and joiners, which sit inside words.
            if ((CharClass.IsWordJoiner(c) || (CharClass.IsFormat(c) && c != ZeroWidthSpace)) && (CharClass.IsLetter(next) || CharClass.IsDigit(next)))
            {
                i++;
                initials = false;
                continue;
            }

            // Dotted initials: "U.S.", "e.g.", "U.K." — one letter between dots, dot included at the end.
            if (c == '.' && initials && lettersSinceDot == 1)
            {
                if (CharClass.IsLetter(next) && (i + 2 >= text.Length || !CharClass.IsLetter(text[i + 2]) || text[i + 2] == '.'))
                {
                    i++;
                    lettersSinceDot = 0;
                    continue;
                }

                if (i > start + 1)
                {
                    i++;
                }
            }

            break;
        }

        return i;
    }

    private static int ReadNumber(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsDigit(c))
            {
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((c is '.' or ',') && CharClass.IsDigit(next))
            {
                i++;
                continue;
            }

            // Decades and ordinals ("1990s", "22nd") stay one number.
            if (CharClass.IsLetter(c))
            {
                while (i < text.Length && CharClass.IsLetter(text[i]))
                {
                    i++;
                }
            }

            break;
        }

        return i;
    }
}
