using System.Globalization;

namespace SpeechActClassifier.Text;

/// <summary>
/// Character classes for tokenizing and sentence splitting, from a precomputed ASCII table and
/// <see cref="CharUnicodeInfo"/> beyond it, so the hot loop never calls the Unicode tables for plain English.
/// </summary>
internal static class CharClass
{
    private const byte Other = 0;
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Space = 3;
    private const byte Punct = 4;
    private const byte Sym = 5;

    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
        {
            var ch = (char)c;
            table[c] = char.IsAsciiLetter(ch) ? Letter
                : char.IsAsciiDigit(ch) ? Digit
                : char.IsWhiteSpace(ch) ? Space
                : char.IsPunctuation(ch) ? Punct
                : char.IsSymbol(ch) ? Sym
                : Other;
        }

        return table;
    }

    /// <summary>A letter, or a combining mark that continues one (Unicode L*, Mn, Mc).</summary>
    public static bool IsLetter(char c)
    {
        if (c < 128)
        {
            return Ascii[c] == Letter;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category <= UnicodeCategory.OtherLetter
            || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>A decimal digit of any script.</summary>
    public static bool IsDigit(char c) => c < 128 ? Ascii[c] == Digit : char.IsDigit(c);

    /// <summary>White space, including the no-break and paragraph separators.</summary>
    public static bool IsSpace(char c) => c < 128 ? Ascii[c] == Space : char.IsWhiteSpace(c);

    /// <summary>Punctuation: full stops, commas, quotes, brackets, dashes.</summary>
    public static bool IsPunctuation(char c) => c < 128 ? Ascii[c] == Punct : char.IsPunctuation(c);

    /// <summary>Symbols: currency, maths, modifiers, pictographs.</summary>
    public static bool IsSymbol(char c) => c < 128 ? Ascii[c] == Sym : char.IsSymbol(c);

    /// <summary>
    /// An invisible formatting character (soft hyphen, zero-width joiner, byte-order mark). Inside a word it is
    /// kept in the token and ignored when the word is folded, so "secu\u00ADrity" still matches "security".
    /// </summary>
    public static bool IsFormat(char c) => c >= 128 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>
    /// A character that joins two parts of one word when letters or digits stand on both sides:
    /// hyphens ("NATO-Russia") and apostrophes ("NATO’s", "don't").
    /// </summary>
    public static bool IsWordJoiner(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '\u2011' or '\u02BC';
}
