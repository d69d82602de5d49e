using CsCheck;

namespace SpeechActClassifier.Tests.Reliability;

/// <summary>
/// Generators of text that scraped web pages contain: any UTF-16 code unit (lone surrogates included), control
/// and zero-width characters, right-to-left scripts, emoji, punctuation runs, markup, and real words, mixed.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Words = ["threat", "NATO", "not", "no longer", "security", "must", "war", "the", "minister", "warned", "Dr.", "e.g.", "U.S.", "3.5", "’s", "—", "..."];

    private static readonly Gen<char> Characters = Gen.Frequency(
        (4, Gen.Char['a', 'z']),
        (2, Gen.Char[" .,;:!?\"'()[]<>-\n\t"]),
        (1, Gen.Char),
        (1, Gen.Char["\u200B\u200C\u200D\u2060\uFEFF\u00AD\u202E\u202D\u0000\u0007\u001B\u0085\u2028\u2029"]),
        (1, Gen.Char['\u0590', '\u06FF']),
        (1, Gen.Char['\uD800', '\uDFFF']));

    private static readonly Gen<string> Emoji = Gen.Int[0x1F300, 0x1FAFF].Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.String[Characters, 0, 12]),
        (3, Gen.OneOf(Words.Select(w => Gen.Const(w)).ToArray())),
        (1, Emoji),
        (1, Gen.OneOf(Gen.Const("<p>"), Gen.Const("</li>"), Gen.Const("[12]"), Gen.Const("# "), Gen.Const("**"), Gen.Const("| |"))));

    /// <summary>Strings of 0 to 120 pieces: words, emoji, markup and runs of any characters.</summary>
    public static Gen<string> Strings { get; } = Piece.Array[0, 120].Select(pieces => string.Concat(pieces));

    /// <summary>An overlong article: <paramref name="text"/> (or a plain sentence, when empty) repeated and cut to <paramref name="length"/> characters, a pair cut in half included.</summary>
    public static string Repeated(string text, int length)
    {
        var piece = string.IsNullOrEmpty(text) ? "War is coming. " : text + " ";
        var repeated = new System.Text.StringBuilder(length + piece.Length);
        while (repeated.Length < length)
        {
            repeated.Append(piece);
        }

        return repeated.ToString(0, length);
    }

    /// <summary>Inputs at the extremes, tried before the generated ones.</summary>
    public static IEnumerable<string> Extremes()
    {
        yield return string.Empty;
        yield return new string('x', 1_000_000);
        yield return new string('.', 100_000);
        yield return string.Concat(Enumerable.Repeat("!?", 50_000));
        yield return string.Concat(Enumerable.Repeat("\uD800", 10_000));
        yield return string.Concat(Enumerable.Repeat("(\"[", 20_000));
        yield return string.Concat(Enumerable.Repeat("threat ", 60_000));
        yield return string.Concat(Enumerable.Repeat("no not never ", 20_000));
        yield return string.Concat(Enumerable.Repeat("😀👍🏽🇩🇪", 10_000));
        yield return string.Concat(Enumerable.Repeat("الأمن تهديد ", 10_000));
        yield return "\u202Ethreat\u202C " + new string('\u200B', 5000);
    }
}
