namespace SpeechActClassifier.Text;

/// <summary>
/// Case folding for matching tokens against lexicons without allocating strings: lower case (invariant),
/// typographic apostrophes and hyphens mapped to their ASCII forms, invisible formatting characters dropped.
/// </summary>
/// <remarks>
/// The hash is 64-bit FNV-1a over the folded UTF-16 code units. It is fixed by this library and never seeded
/// per process, so hashed features are the same on every machine and every run.
/// </remarks>
internal static class CaseFolding
{
    /// <summary>FNV-1a 64-bit offset basis.</summary>
    public const ulong HashSeed = 14695981039346656037UL;

    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>The folded form of one character, or <c>'\0'</c> for a character that folding drops.</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    /// <returns>The folded code unit, or <c>'\0'</c>.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 128
        ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)
        : FoldNonAscii(c);

    /// <summary>The slow half of <see cref="Fold(char)"/>, kept out of line so the ASCII half inlines into every loop.</summary>
    private static char FoldNonAscii(char c)
    {
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u2032' => '\'',
            '\u2010' or '\u2011' => '-',
            _ when CharClass.IsFormat(c) => '\0',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Writes the folded form of <paramref name="source"/> to <paramref name="destination"/>.</summary>
    /// <param name="source">The characters to fold.</param>
    /// <param name="destination">At least as long as <paramref name="source"/>.</param>
    /// <returns>How many characters were written (fewer than the source when formatting characters were dropped).</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the source.", nameof(destination));
        }

        var written = 0;
        foreach (var c in source)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                destination[written++] = folded;
            }
        }

        return written;
    }

    /// <summary>Returns the folded form of <paramref name="text"/> as a string (for building lexicons, not for the hot path).</summary>
    /// <param name="text">The text to fold.</param>
    /// <returns>The folded text.</returns>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var written = Fold(text, buffer);
        return new string(buffer[..written]);
    }

    /// <summary>The 64-bit hash of the folded form of <paramref name="text"/>, computed without copying it.</summary>
    /// <param name="text">The characters to hash, usually one token.</param>
    /// <returns>FNV-1a over the folded code units.</returns>
    public static ulong Hash(ReadOnlySpan<char> text) => Append(HashSeed, text);

    /// <summary>
    /// <see cref="Hash"/> of <paramref name="text"/>, and in the same pass <paramref name="prefix"/> continued with its
    /// folded characters, as <see cref="Append(ulong, ReadOnlySpan{char})"/> would: a word's hash and its bigram's at
    /// once. The two multiply chains do not depend on each other, so the second costs little beside the first.
    /// </summary>
    /// <param name="text">The characters to hash, one token.</param>
    /// <param name="prefix">A hash to continue, e.g. the previous word's followed by a space.</param>
    /// <param name="continued">The continued <paramref name="prefix"/>.</param>
    /// <returns>FNV-1a over the folded code units of <paramref name="text"/>.</returns>
    public static ulong HashAndContinue(ReadOnlySpan<char> text, ulong prefix, out ulong continued)
    {
        var hash = HashSeed;
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                hash = (hash ^ folded) * FnvPrime;
                prefix = (prefix ^ folded) * FnvPrime;
            }
        }

        continued = prefix;
        return hash;
    }

    /// <summary>Continues a hash with the folded form of <paramref name="text"/>, e.g. to hash a bigram.</summary>
    /// <param name="hash">A hash from <see cref="Hash"/> or <see cref="HashSeed"/>.</param>
    /// <param name="text">The characters to add.</param>
    /// <returns>The combined hash.</returns>
    public static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                hash = (hash ^ folded) * FnvPrime;
            }
        }

        return hash;
    }

    /// <summary>Continues a hash with one character, e.g. a separator between the words of a phrase.</summary>
    /// <param name="hash">A hash so far.</param>
    /// <param name="c">The character to add, unfolded.</param>
    /// <returns>The combined hash.</returns>
    public static ulong Append(ulong hash, char c) => (hash ^ c) * FnvPrime;
}
