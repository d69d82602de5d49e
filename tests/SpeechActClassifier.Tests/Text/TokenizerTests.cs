using System.Text;
using System.Text.RegularExpressions;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Tests.Text;

/// <summary>
/// Inputs are written with escapes (<c>\u2019</c>) and unescaped at run time, so invisible and lone-surrogate
/// characters stay readable and survive as attribute arguments. Expected tokens are space-separated
/// "kind:text" pairs, kinds W(ord), N(umber), P(unctuation), S(ymbol).
/// </summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("NATO-Russia relations", @"W:NATO-Russia W:relations")]
    [InlineData("re-securitized Russia", @"W:re-securitized W:Russia")]
    [InlineData(@"NATO\u2019s policy", @"W:NATO\u2019s W:policy")]
    [InlineData("NATO's don't", @"W:NATO's W:don't")]
    [InlineData(@"NATO\u2011Russia", @"W:NATO\u2011Russia")]
    [InlineData("pre- and post-war", "W:pre P:- W:and W:post-war")]
    [InlineData("'Securitization' revisited", "P:' W:Securitization P:' W:revisited")]
    [InlineData("the U.S. Army", "W:the W:U.S. W:Army")]
    [InlineData("in the U.S.", "W:in W:the W:U.S.")]
    [InlineData("e.g. threats, i.e. risks", "W:e.g. W:threats P:, W:i.e. W:risks")]
    [InlineData("U.S.A.", "W:U.S.A.")]
    [InlineData("Louis A. Johnson", "W:Louis W:A P:. W:Johnson")]
    [InlineData("USA. Then", "W:USA P:. W:Then")]
    [InlineData("F-16 jets, COVID-19", "W:F-16 W:jets P:, W:COVID-19")]
    [InlineData("G7 summit", "W:G7 W:summit")]
    [InlineData("1,000.5 troops", "N:1,000.5 W:troops")]
    [InlineData("the 1990s and 22nd", "W:the N:1990s W:and N:22nd")]
    [InlineData("on 22.06.1994.", "W:on N:22.06.1994 P:.")]
    [InlineData("3.5% of $5", "N:3.5 P:% W:of S:$ N:5")]
    [InlineData("1949, 2014.", "N:1949 P:, N:2014 P:.")]
    [InlineData("a+b=c", "W:a S:+ W:b S:= W:c")]
    [InlineData(@"\u201CYes\u201D \u2014 no!", @"P:\u201C W:Yes P:\u201D P:\u2014 W:no P:!")]
    [InlineData("(NATO) [1]", "P:( W:NATO P:) P:[ N:1 P:]")]
    [InlineData(@"Teot\u00F3nio W\u00E6ver", @"W:Teot\u00F3nio W:W\u00E6ver")]
    [InlineData(@"Teoto\u0301nio", @"W:Teoto\u0301nio")]
    [InlineData(@"\u0420\u043E\u0441\u0441\u0438\u044F \u0395\u03BB\u03BB\u03AC\u03B4\u03B1", @"W:\u0420\u043E\u0441\u0441\u0438\u044F W:\u0395\u03BB\u03BB\u03AC\u03B4\u03B1")]
    [InlineData(@"\uD835\uDC00x", @"W:\uD835\uDC00x")]
    [InlineData(@"war \uD83D\uDE00!", @"W:war S:\uD83D\uDE00 P:!")]
    [InlineData(@"love \u2764\uFE0F!", @"W:love S:\u2764\uFE0F P:!")]
    [InlineData(@"\uD83D\uDC4D\uD83C\uDFFD ok", @"S:\uD83D\uDC4D\uD83C\uDFFD W:ok")]
    [InlineData(@"\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", @"S:\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")]
    [InlineData(@"\uD83C\uDDFA\uD83C\uDDE6\uD83C\uDDF7\uD83C\uDDFA", @"S:\uD83C\uDDFA\uD83C\uDDE6 S:\uD83C\uDDF7\uD83C\uDDFA")]
    [InlineData(@"\uD83D\uDE00\uD83D\uDE00", @"S:\uD83D\uDE00 S:\uD83D\uDE00")]
    [InlineData(@"secu\u00ADrity", @"W:secu\u00ADrity")]
    [InlineData(@"NATO\u200Bexpansion", "W:NATO W:expansion")]
    [InlineData(@"a\u0001b\u007Fc", "W:a W:b W:c")]
    [InlineData(@"a\uD800b\uDC00c", "W:a W:b W:c")]
    [InlineData(@"\uDC00\uD800", "")]
    [InlineData(@" \t\r\n\u00A0\u2028\u3000", "")]
    [InlineData(@"\u200B\u200C\u200D\uFEFF\u00AD", "")]
    [InlineData("", "")]
    public void Tokenize_FindsTokens(string escapedText, string escapedExpected)
    {
        var text = Regex.Unescape(escapedText);
        var expected = Regex.Unescape(escapedExpected).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var actual = Tokenizer.Tokenize(text).Select(t => KindLetter(t.Kind) + ":" + text.Substring(t.Start, t.Length));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Tokenize_ReturnsExactRanges()
    {
        const string text = " NATO\u2019s  3.5%";
        Assert.Equal(
            [new Token(1, 6, TokenKind.Word), new Token(9, 3, TokenKind.Number), new Token(12, 1, TokenKind.Punctuation)],
            Tokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize(null!));

    [Fact]
    public void Tokenize_IntoSpan_StopsWhenFull()
    {
        Span<Token> buffer = stackalloc Token[2];
        var written = Tokenizer.Tokenize("one two three", buffer);

        Assert.Equal(2, written);
        Assert.Equal(new Token(4, 3, TokenKind.Word), buffer[1]);
    }

    [Fact]
    public void Enumerate_OddCharacters_ProducesInOrderNonOverlappingTokensInsideTheText()
    {
        var text = BuildOddText(20_000);
        var previousEnd = 0;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            Assert.True(token.Length > 0);
            Assert.True(token.Start >= previousEnd);
            Assert.True(token.End <= text.Length);
            Assert.False(char.IsWhiteSpace(text[token.Start]) || char.IsControl(text[token.Start]));
            Assert.False(char.IsLowSurrogate(text[token.Start]));
            previousEnd = token.End;
        }
    }

    [Fact]
    public void Enumerate_AllocatesNothingPerToken()
    {
        var text = string.Concat(Enumerable.Repeat("NATO\u2019s re-securitization of Russia in the U.S. cost $1,000.5 bn \uD83D\uDE00. ", 2_000));
        CountTokens(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = CountTokens(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(count > 20_000);
        Assert.Equal(0, allocated);
    }

    private static int CountTokens(string text)
    {
        var count = 0;
        foreach (var token in Tokenizer.Enumerate(text))
        {
            count += token.Length > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>A deterministic mix of letters, digits, joiners, stops, blanks, controls and broken surrogates.</summary>
    private static string BuildOddText(int length)
    {
        const string alphabet = "aZ9.,'-\u2019 \t\n\u0001\u200B\u00AD\uD800\uDC00\uD83D\uDE00\u00E6\u0301$[";
        var builder = new StringBuilder(length);
        var state = 12345u;
        for (var i = 0; i < length; i++)
        {
            state = (state * 1103515245u) + 12345u;
            builder.Append(alphabet[(int)((state >> 16) % (uint)alphabet.Length)]);
        }

        return builder.ToString();
    }

    private static string KindLetter(TokenKind kind) => kind switch
    {
        TokenKind.Word => "W",
        TokenKind.Number => "N",
        TokenKind.Punctuation => "P",
        _ => "S",
    };
}
