using System.Text;
using System.Text.RegularExpressions;
using SpeechActClassifier.Text;

namespace SpeechActClassifier.Tests.Text;

public sealed class SentenceSplitterTests
{
    /// <summary>Sentences of news-like text; "|" separates the expected sentences.</summary>
    [Theory]
    [InlineData("Abbreviation", "The U.S. Army said Dr. Smith met Mr. Jones at 5 p.m. on Monday. Both left.", "The U.S. Army said Dr. Smith met Mr. Jones at 5 p.m. on Monday.|Both left.")]
    [InlineData("Abbreviation", "Troops arrived in the U.S. The president spoke.", "Troops arrived in the U.S.|The president spoke.")]
    [InlineData("Abbreviation", "Sanctions hit Acme Inc. The firm denied it.", "Sanctions hit Acme Inc.|The firm denied it.")]
    [InlineData("Abbreviation", "Acme Inc. Chief Executive Jane Roe resigned.", "Acme Inc. Chief Executive Jane Roe resigned.")]
    [InlineData("Abbreviation", "Threats, e.g. cyberattacks, grew. So did fear.", "Threats, e.g. cyberattacks, grew.|So did fear.")]
    [InlineData("Abbreviation", "Papers differ, e.g. The Times and Le Monde. Readers noticed.", "Papers differ, e.g. The Times and Le Monde.|Readers noticed.")]
    [InlineData("Abbreviation", "The term is contested (cf. The Hague rules). Courts disagree.", "The term is contested (cf. The Hague rules).|Courts disagree.")]
    [InlineData("Abbreviation", "Resolution No. 5 passed. Russia objected.", "Resolution No. 5 passed.|Russia objected.")]
    [InlineData("Abbreviation", "The attacks of Sept. 11 changed NATO. Article 5 was invoked.", "The attacks of Sept. 11 changed NATO.|Article 5 was invoked.")]
    [InlineData("Abbreviation", "Gen. Milley and Prof. Wæver disagreed. Nobody won.", "Gen. Milley and Prof. Wæver disagreed.|Nobody won.")]
    [InlineData("Abbreviation", "Buzan et al. argue this. Others do not.", "Buzan et al. argue this.|Others do not.")]
    [InlineData("Abbreviation", "After Roe v. Wade was overturned, c. 1900 laws returned. Courts split.", "After Roe v. Wade was overturned, c. 1900 laws returned.|Courts split.")]
    [InlineData("Abbreviation", "Officials in Boston, Mass., said a plant in Calif. The mayor agreed.", "Officials in Boston, Mass., said a plant in Calif.|The mayor agreed.")]
    [InlineData("Abbreviation", "It was 9 a.m. The minister arrived late.", "It was 9 a.m.|The minister arrived late.")]
    [InlineData("Abbreviation", "The report (pp. 12-14) cites Fig. 3 and Art. 5. The U.K. agreed.", "The report (pp. 12-14) cites Fig. 3 and Art. 5.|The U.K. agreed.")]
    [InlineData("Initials", "Secretary of Defense Louis A. Johnson; W. D. Matthews, Canada. They signed.", "Secretary of Defense Louis A. Johnson; W. D. Matthews, Canada.|They signed.")]
    [InlineData("Initials", "The plan was called Plan B. The allies rejected it.", "The plan was called Plan B.|The allies rejected it.")]
    [InlineData("Decimal", "Spending rose 3.5 percent to $1,000.5 billion. It was a record.", "Spending rose 3.5 percent to $1,000.5 billion.|It was a record.")]
    [InlineData("Date", "The treaty of 22.06.1994 was signed in 1994. Relations improved.", "The treaty of 22.06.1994 was signed in 1994.|Relations improved.")]
    [InlineData("Glued", "The talks ended.Russia left. ASP.NET and node.js stayed.", "The talks ended.|Russia left.|ASP.NET and node.js stayed.")]
    [InlineData("Glued", "Was it a threat?Nobody said.\u201DHe left.", "Was it a threat?|Nobody said.\u201D|He left.")]
    [InlineData("Footnote", "Make their powers legal.[2] For this reason, states act.", "Make their powers legal.|For this reason, states act.")]
    [InlineData("Footnote", "It started on 22 June 1994. [4]NATO’s airstrikes followed.", "It started on 22 June 1994.|NATO’s airstrikes followed.")]
    [InlineData("Footnote", "Cooperation grew[3] until 2009.[5][6] The allies asked.", "Cooperation grew[3] until 2009.|The allies asked.")]
    [InlineData("Footnote", "It was legal.² For this reason, states act.", "It was legal.|For this reason, states act.")]
    [InlineData("Footnote", "It was legal.<sup>12</sup> For this reason<sup>3</sup>, states act.", "It was legal.|For this reason<sup>3</sup>, states act.")]
    [InlineData("Footnote", "Supported by NATO[7]\n\nThe next part.", "Supported by NATO|The next part.")]
    [InlineData("Quote", "He said \"no.\" Then he left.", "He said \"no.\"|Then he left.")]
    [InlineData("Quote", "She called it “a threat.” Moscow denied it.", "She called it “a threat.”|Moscow denied it.")]
    [InlineData("Quote", "“Is Russia a threat?” he asked. “Yes!” they said.", "“Is Russia a threat?” he asked.|“Yes!” they said.")]
    [InlineData("Quote", "The allies’ view (which changed.) Was it right?", "The allies’ view (which changed.)|Was it right?")]
    [InlineData("Ellipsis", "We waited... and waited… Then the tanks came.", "We waited... and waited…|Then the tanks came.")]
    [InlineData("Ellipsis", "He said . . . that it was over. . . . The end.", "He said . . . that it was over. . . .|The end.")]
    [InlineData("Question", "Is NATO a threat? Moscow thinks so! Kyiv does not.", "Is NATO a threat?|Moscow thinks so!|Kyiv does not.")]
    [InlineData("Question", "Why?! Nobody knows.", "Why?!|Nobody knows.")]
    [InlineData("Paragraph", "First paragraph ends here.\n\nSecond one starts.", "First paragraph ends here.|Second one starts.")]
    [InlineData("Paragraph", "A paragraph without a stop\n\nThen a new one.", "A paragraph without a stop|Then a new one.")]
    [InlineData("PageBreak", "By taking into account the previous\n\nexperiences (2014 crisis), NATO acted.", "By taking into account the previous\n\nexperiences (2014 crisis), NATO acted.")]
    [InlineData("PageBreak", "The expansion continued, \r\n\r\n and the crisis deepened.", "The expansion continued, \r\n\r\n and the crisis deepened.")]
    [InlineData("Wrapped", "NATO increased its forces\nin the Baltic states.", "NATO increased its forces\nin the Baltic states.")]
    [InlineData("Wrapped", "Talks were held with the\nKremlin in March.", "Talks were held with the\nKremlin in March.")]
    [InlineData("Heading", "Background\nThe alliance was founded in 1949.", "Background|The alliance was founded in 1949.")]
    [InlineData("Heading", "### **Results**\n\nNATO identified Russia as a threat.", "Results|NATO identified Russia as a threat.")]
    [InlineData("Heading", "**Extended Abstract****Background**\n\nThis article delves into it.", "Extended Abstract|Background|This article delves into it.")]
    [InlineData("Heading", "**Extended Abstract**\n\nThis article delves into it.", "Extended Abstract|This article delves into it.")]
    [InlineData("List", "Measures:\n- border closure\n- sanctions on Russia\n- troop deployments", "Measures:|border closure|sanctions on Russia|troop deployments")]
    [InlineData("List", "Steps taken\n1. Sanctions were imposed.\n2. Troops were sent.", "Steps taken|Sanctions were imposed.|Troops were sent.")]
    [InlineData("List", "• First item\n• Second item", "First item|Second item")]
    [InlineData("Table", "Article Info\tAbstract", "Article Info|Abstract")]
    [InlineData("Table", "| Country | Troops |\n|---|---|\n| Poland | 10,000 |", "Country|Troops|Poland|10,000")]
    [InlineData("Html", "<p>Keywords: security.</p>\t<p>The expansion of NATO worried Russia. It protested.</p>", "Keywords: security.|The expansion of NATO worried Russia.|It protested.")]
    [InlineData("Html", "<p>Sanctions were <b>imposed</b> on Russia</p><p>NATO acted</p>", "Sanctions were <b>imposed</b> on Russia|NATO acted")]
    [InlineData("Html", "<b>Cite this:</b> Bagheri R. <i>Studies</i>.<br/>Next line.", "Cite this:</b> Bagheri R. <i>Studies</i>.|Next line.")]
    [InlineData("Html", "A caption<br>Another caption", "A caption|Another caption")]
    [InlineData("Html", "Text with a<b> tag and a < sign. Done.", "Text with a<b> tag and a < sign.|Done.")]
    [InlineData("Markdown", "> Quoted speech here.\n\n## Heading Two\n\nBody text.", "Quoted speech here.|Heading Two|Body text.")]
    [InlineData("Whitespace", "  \t  Leading and trailing spaces.   ", "Leading and trailing spaces.")]
    [InlineData("NoStop", "a line with no stop at all", "a line with no stop at all")]
    [InlineData("LowerCase", "The U.N. said so. and then nothing.", "The U.N. said so. and then nothing.")]
    public void Split_FindsTheSentences(string category, string text, string expected)
    {
        Assert.NotEmpty(category);
        var actual = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length));
        Assert.Equal(expected.Split('|'), actual);
    }

    [Fact]
    public void Split_ReturnsExactRangesOfTheOriginalText()
    {
        const string text = "  Dr. Smith left.[1]\n\n<p>He returned.</p> ";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal([new Sentence(2, 15), new Sentence(25, 12)], sentences);
    }

    [Fact]
    public void Enumerate_YieldsTheSameRangesAsSplit()
    {
        const string text = "One. Two? Three!\n\nFour";
        var enumerated = new List<Sentence>();
        foreach (var sentence in SentenceSplitter.Enumerate(text))
        {
            enumerated.Add(sentence);
        }

        Assert.Equal(SentenceSplitter.Split(text), enumerated);
        Assert.Equal(4, enumerated.Count);
    }

    [Fact]
    public void Enumerate_AllocatesNothing()
    {
        var text = string.Concat(Enumerable.Repeat("Dr. Smith met the U.S. envoy.[1] <p>NATO’s forces grew by 3.5%.</p>\n\n", 2_000));
        CountSentences(text);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = CountSentences(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(4_000, count);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Split_Null_Throws() => Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Split(null!));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\r\n\t \u00A0\u2029")]
    [InlineData("\u200B\u200D\uFEFF")]
    [InlineData("\u0001\u0002\u007F")]
    [InlineData("<p></p> <br/> [1] ** ### - ")]
    public void Split_BlankOrMarkupOnly_ReturnsNoSentences(string text) => Assert.Empty(SentenceSplitter.Split(text));

    /// <summary>
    /// Inputs are written with escapes (<c>\uD800</c>) and unescaped at run time: lone surrogates cannot survive
    /// as attribute arguments, which are stored as UTF-8.
    /// </summary>
    [Theory]
    [InlineData(@"Russia\uD800 acted. NATO responded.", @"Russia\uD800 acted.|NATO responded.")]
    [InlineData(@"\uDC00Russia acted.\uD800 NATO responded.\uDC00", "Russia acted.|NATO responded.")]
    [InlineData(@"\uD800\uD800Russia\uDC00\uDC00 acted.", @"Russia\uDC00\uDC00 acted.")]
    [InlineData(@"\u200BRussia acted.\u200B NATO\u200Dresponded.", @"Russia acted.|NATO\u200Dresponded.")]
    [InlineData(@"\u0001Russia acted.\u0007 NATO responded.\u0000", "Russia acted.|NATO responded.")]
    [InlineData(@"Emoji \uD83D\uDE00 here. \uD83D\uDE00 Next.", @"Emoji \uD83D\uDE00 here.|\uD83D\uDE00 Next.")]
    [InlineData(@"\uFEFFThe text starts with a byte-order mark.", "The text starts with a byte-order mark.")]
    public void Split_OddCharacters_KeepOffsetsIntoTheOriginal(string escapedText, string escapedExpected)
    {
        var text = Regex.Unescape(escapedText);
        var sentences = SentenceSplitter.Split(text);
        AssertWellFormed(text, sentences);
        Assert.Equal(Regex.Unescape(escapedExpected).Split('|'), sentences.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Split_TenMegabytesWithoutPunctuation_CutsIntoBoundedPiecesCoveringAllWords()
    {
        var text = BuildText(10 * 1024 * 1024, "security threat ");
        var sentences = SentenceSplitter.Split(text);

        AssertWellFormed(text, sentences);
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceLength));
        Assert.Equal(NonSpaceCount(text), sentences.Sum(s => NonSpaceCount(text.AsSpan(s.Start, s.Length))));
    }

    [Fact]
    public void Split_OneHugeWord_CutsAtMaxSentenceLengthWithoutSplittingSurrogatePairs()
    {
        var text = BuildText(100_003, "ab😀");
        var sentences = SentenceSplitter.Split(text);

        AssertWellFormed(text, sentences);
        Assert.All(sentences.SkipLast(1), s => Assert.InRange(s.Length, SentenceSplitter.MaxSentenceLength - 1, SentenceSplitter.MaxSentenceLength));
        Assert.All(sentences, s => Assert.False(char.IsLowSurrogate(text[s.Start])));
        Assert.Equal(text.Length, sentences.Sum(s => s.Length));
    }

    [Fact]
    public void Split_LongSentence_IsCutAtACommaOrSpace()
    {
        var text = BuildText(2500, "threat, ") + "end.";
        var sentences = SentenceSplitter.Split(text);

        AssertWellFormed(text, sentences);
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences.Take(2), s => Assert.EndsWith(",", text.Substring(s.Start, s.Length), StringComparison.Ordinal));
        Assert.EndsWith("end.", text.Substring(sentences[2].Start, sentences[2].Length), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("....")]
    [InlineData("Dr. ")]
    [InlineData("\n")]
    [InlineData("<b>")]
    [InlineData("[1]")]
    [InlineData("a\t")]
    [InlineData("<a ")]
    public void Split_LongRepetitiveInput_StaysWellFormed(string unit)
    {
        var text = BuildText(1_000_000, unit) + "x";
        var sentences = SentenceSplitter.Split(text);

        AssertWellFormed(text, sentences);
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceLength));
    }

    private static int CountSentences(string text)
    {
        var count = 0;
        foreach (var sentence in SentenceSplitter.Enumerate(text))
        {
            count += sentence.Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static string BuildText(int length, string unit)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static int NonSpaceCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Ranges lie inside the text, are non-empty, in order, never overlap and are trimmed of white space.</summary>
    private static void AssertWellFormed(string text, IReadOnlyList<Sentence> sentences)
    {
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            Assert.True(sentence.Length > 0, "empty sentence");
            Assert.True(sentence.Start >= previousEnd, $"sentence at {sentence.Start} overlaps the previous one ending at {previousEnd}");
            Assert.True(sentence.End <= text.Length, "sentence past the end of the text");
            Assert.False(char.IsWhiteSpace(text[sentence.Start]), $"sentence at {sentence.Start} starts with white space");
            Assert.False(char.IsWhiteSpace(text[sentence.End - 1]), $"sentence at {sentence.Start} ends with white space");
            previousEnd = sentence.End;
        }
    }
}
