using System.Text;

namespace SpeechActClassifier.Cli.Tests.Reliability;

/// <summary>
/// The byte and escape sequences that scraped files hold and strict readers must survive, by kind: invalid UTF-8 of
/// every sort, JSON <c>\uXXXX</c> escapes of every class of UTF-16 code unit, byte order marks, line breaks and
/// blank lines. The generators of hostile files draw from these lists.
/// </summary>
internal static class HostileBytes
{
    /// <summary>Byte sequences that are not UTF-8, one of each kind a strict decoder must reject.</summary>
    public static IReadOnlyList<byte[]> InvalidUtf8 { get; } =
    [
        [0xC0, 0xAF],                               // overlong '/' in two bytes
        [0xE0, 0x80, 0xAF],                         // overlong '/' in three bytes
        [0xF0, 0x80, 0x80, 0xAF],                   // overlong '/' in four bytes
        [0xC0, 0x80],                               // overlong NUL (modified UTF-8, as Java writes it)
        [0xED, 0xA0, 0x80],                         // CESU-8: a high surrogate encoded on its own
        [0xED, 0xB0, 0x80],                         // CESU-8: a low surrogate encoded on its own
        [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80],       // CESU-8: U+1F600 as two encoded surrogates
        [0xC3],                                     // a two-byte sequence cut after its lead byte
        [0xE2, 0x82],                               // a three-byte sequence cut short
        [0xF0, 0x9F, 0x98],                         // a four-byte sequence (an emoji) cut short
        [0x80],                                     // a continuation byte with no lead
        [0xBF, 0xBF, 0xBF],                         // a run of continuation bytes
        [0xF4, 0x90, 0x80, 0x80],                   // above U+10FFFF
        [0xF8, 0x88, 0x80, 0x80, 0x80],             // the old five-byte form
        [0xFC, 0x84, 0x80, 0x80, 0x80, 0x80],       // the old six-byte form
        [0xFE],                                     // a byte UTF-8 never uses
        [0xFF, 0xFE],                               // a UTF-16LE byte order mark
        [0xE9],                                     // Latin-1 'é' in a file said to be UTF-8
        [0x93, 0x94],                               // Windows-1252 curly quotes
    ];

    /// <summary>JSON string escapes of every class of UTF-16 code unit; each is grammatical JSON.</summary>
    public static IReadOnlyList<string> JsonEscapes { get; } =
    [
        @"\ud800",                                  // a lone high surrogate
        @"\udc00",                                  // a lone low surrogate
        @"\udbff",                                  // the last high surrogate, alone
        @"\udc00\ud800",                            // a pair in the wrong order
        @"\ud800\ud800",                            // two highs
        @"\ud83d",                                  // an emoji cut in half by a scraper's substring
        @"\ud83d\ude00",                            // a whole emoji, as a pair
        @"\uD83D\uDE00",                            // the same in upper case
        @"\u0000",                                  // NUL
        @"\u001b[31m",                              // an ANSI colour code
        @"\ufffe\uffff",                            // noncharacters at the end of the BMP
        @"\ufdd0\ufdef",                            // the noncharacter block
        @"\ufeff",                                  // a byte order mark inside the text
        @"\u2028\u2029",                            // line and paragraph separators
        @"\u202e",                                  // right-to-left override
        @"\u00e9\u00E9",                            // ordinary letters, escaped
        @"\b\f\n\r\t\/\\\""",                       // every short escape
    ];

    /// <summary>Byte order marks: UTF-8's (which readers skip at the start of a file) and UTF-16's and UTF-32's, which are not UTF-8.</summary>
    public static IReadOnlyList<byte[]> ByteOrderMarks { get; } = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00]];

    /// <summary>Lines that hold nothing but whitespace, which readers skip (before the line break that ends them).</summary>
    public static IReadOnlyList<string> BlankLines { get; } = [string.Empty, " ", "\t", "\r", " \t \r", "\u00A0", "\u3000"];

    /// <summary>A line end: mostly LF, often CRLF, sometimes CR CR LF.</summary>
    public static string LineEnd(Random random) => random.Next(20) switch
    {
        < 13 => "\n",
        < 19 => "\r\n",
        _ => "\r\r\n",
    };

    /// <summary>A random element of <paramref name="items"/>.</summary>
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Writes <paramref name="text"/> as UTF-8.</summary>
    public static void WriteUtf8(this Stream stream, string text)
    {
        Span<byte> small = stackalloc byte[256];
        if (Encoding.UTF8.GetMaxByteCount(text.Length) <= small.Length)
        {
            stream.Write(small[..Encoding.UTF8.GetBytes(text, small)]);
            return;
        }

        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Writes a line of <paramref name="bytes"/> bytes of <paramref name="filler"/> in 64 KiB pieces, never holding it whole.</summary>
    public static void WriteHugeRun(this Stream stream, long bytes, byte filler)
    {
        var piece = new byte[64 * 1024];
        Array.Fill(piece, filler);
        for (var left = bytes; left > 0; left -= piece.Length)
        {
            stream.Write(piece, 0, (int)Math.Min(piece.Length, left));
        }
    }
}
