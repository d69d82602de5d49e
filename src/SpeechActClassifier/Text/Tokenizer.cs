namespace SpeechActClassifier.Text;

/// <summary>
/// Splits text into <see cref="Token"/>s without allocating: words, numbers, punctuation and symbols.
/// White space, control characters and lone surrogates separate tokens and never become tokens.
/// </summary>
/// <remarks>
/// Words keep inner hyphens and apostrophes ("NATO-Russia", "re-securitized", "NATO’s") and dotted initials
/// ("U.S.", "e.g."). Every token's range lies inside the input, and tokens never overlap.
/// </remarks>
public static class Tokenizer
{
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
            var kind = IsSupplementaryLetter(text, start) ? TokenKind.Word : TokenKind.Symbol;
            if (kind == TokenKind.Word)
            {
                return new Token(start, ReadWord(text, start) - start, kind);
            }

            return new Token(start, 2, kind);
        }

        return new Token(start, 1, CharClass.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol);
    }

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
            if ((CharClass.IsWordJoiner(c) || CharClass.IsFormat(c)) && (CharClass.IsLetter(next) || CharClass.IsDigit(next)))
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
