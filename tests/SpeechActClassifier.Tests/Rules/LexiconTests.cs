using System.Text;
using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Rules;

/// <summary>Loading, merging and the errors of malformed lexicons.</summary>
public sealed class LexiconTests
{
    private const string Header = "term\tcategory\tweight\tnote\n";

    public static TheoryData<string> EmbeddedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in LexiconResources.FileNames)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EmbeddedFiles))]
    public void EveryEmbeddedFileLoadsOnItsOwn(string fileName)
    {
        using var stream = LexiconResources.Open(fileName);
        var lexicon = Lexicon.Load(stream, fileName);
        Assert.True(lexicon.Entries.Count + lexicon.Rules.Count > 0, $"{fileName} is empty");
        Assert.All(lexicon.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Note), $"{fileName}: '{e.Term}' has no note"));
    }

    [Fact]
    public void DefaultLoadsEveryFileWithNoDuplicateAcrossFiles()
    {
        var lexicon = Lexicon.Default;
        var keys = lexicon.Entries.Select(e => (e.Term, e.Category, e.IsBlocker)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        foreach (var category in Enum.GetValues<CueCategory>().Where(c => c <= CueCategory.Theory))
        {
            Assert.True(lexicon.Count(category) > 0, $"no terms for {category}");
        }

        Assert.NotEmpty(lexicon.Rules);
    }

    [Fact]
    public void EveryEmbeddedLexiconIsListed()
    {
        var embedded = typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(LexiconResources.Prefix, StringComparison.Ordinal))
            .Select(n => n[LexiconResources.Prefix.Length..])
            .Order(StringComparer.Ordinal);
        Assert.Equal(LexiconResources.FileNames.Order(StringComparer.Ordinal), embedded);
    }

    [Fact]
    public void EveryEntryTokenizesToAtMostTheLongestPhrase()
    {
        Assert.All(Lexicon.Default.Entries, e => Assert.InRange(SpeechActClassifier.Text.Tokenizer.Tokenize(e.Term).Length, 1, LexiconEntry.MaxWords));
    }

    [Fact]
    public void BracesExpandToEveryInflection()
    {
        var lexicon = Lexicon.Parse(Header + "threat{,s,en}\tThreat\t1\tx\nclose{,d} the border{,s}\tMeasure\t1\ty\n", "inline");
        Assert.Equal(["threat", "threats", "threaten", "close the border", "close the borders", "closed the border", "closed the borders"], lexicon.Entries.Select(e => e.Term));
    }

    [Theory]
    [InlineData("term\tcategory\tweight\tnote\nmenace\tThraet\t1\tx\n", 2, "unknown category 'Thraet'")]
    [InlineData("term\tcategory\tweight\tnote\nmenace\tThreat\tone\tx\n", 2, "the weight 'one' is not a number")]
    [InlineData("term\tcategory\tweight\tnote\n# comment\n\nmenace\n", 4, "expected 3 or 4 tab-separated fields")]
    [InlineData("term\tcategory\tweight\tnote\nthreat{s\tThreat\t1\tx\n", 2, "unclosed or nested")]
    [InlineData("term\tcategory\tweight\tnote\nrisk\tThreat\t1\tx\nrisk{,s}\tThreat\t1\tx\n", 3, "duplicate of custom.tsv(2)")]
    [InlineData("word\tkind\nrisk\tThreat\n", 1, "must be the header")]
    [InlineData("term\tcategory\tweight\tnote\na b c d e f g h i j k l m n o p q\tThreat\t1\tx\n", 2, "must have 1 to 16 words")]
    [InlineData("result\tleft\tlink\tright\twindow\tscope\tweight\tnote\nThreatMeasure\tThreat\t-\tMeasure\tten\tClause\t1\tx\n", 2, "the window 'ten'")]
    [InlineData("result\tleft\tlink\tright\twindow\tscope\tweight\tnote\nThreatMeasure\tThreat\t-\tMeasure\t3\tParagraph\t1\tx\n", 2, "unknown scope 'Paragraph'")]
    public void MalformedLineNamesSourceLineAndProblem(string text, int line, string problem)
    {
        var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Parse(text, "custom.tsv"));
        Assert.Equal("custom.tsv", error.SourceName);
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"custom.tsv({line}): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCategoryListsTheValidOnes()
    {
        var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Parse(Header + "menace\tDanger\t1\n", "custom.tsv"));
        foreach (var name in Enum.GetNames<CueCategory>().Append("Block"))
        {
            Assert.Contains(name, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EmptySourceIsAnError()
    {
        var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Parse("# only a comment\n", "empty.tsv"));
        Assert.Equal(0, error.LineNumber);
        Assert.Contains("empty.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadsFromAFileAndAStream()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, Header + "kaiju\tThreat\t1\tfilm monsters\n", Encoding.UTF8);
        try
        {
            Assert.Equal("kaiju", Lexicon.Load(path).Entries.Single().Term);
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Header + "bad\tNope\t1\n"));
            var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(stream, "stream-source"));
            Assert.StartsWith("stream-source(2): ", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddKeepsDefaultsAndOverridesTheSameTerm()
    {
        var custom = Lexicon.Parse(Header + "kaiju\tThreat\t1\tnew\nthreat\tThreat\t0.25\treweighted\n", "custom.tsv");
        var merged = Lexicon.Default.Add(custom);
        var matcher = new CueMatcher(merged);
        const string sentence = "The kaiju is a threat.";
        var cues = matcher.Match(sentence);
        CueAssert.Has(sentence, cues, CueCategory.Threat, "kaiju");
        Assert.Equal(0.25f, CueAssert.Has(sentence, cues, CueCategory.Threat, "threat").Weight);
        Assert.Equal(Lexicon.Default.Count(CueCategory.Threat) + 1, merged.Count(CueCategory.Threat));
        Assert.Equal(Lexicon.Default.Count(CueCategory.Actor), merged.Count(CueCategory.Actor));
    }

    [Fact]
    public void ReplaceSwapsOnlyTheCategoriesGiven()
    {
        var custom = Lexicon.Parse(Header + "kaiju\tThreat\t1\tonly threat\n", "custom.tsv");
        var replaced = Lexicon.Default.Replace(custom);
        Assert.Equal(1, replaced.Count(CueCategory.Threat));
        Assert.Equal(Lexicon.Default.Count(CueCategory.Measure), replaced.Count(CueCategory.Measure));
        Assert.Equal(Lexicon.Default.Rules.Count, replaced.Rules.Count);
        const string sentence = "The danger is a kaiju.";
        var cues = new CueMatcher(replaced).Match(sentence);
        CueAssert.Has(sentence, cues, CueCategory.Threat, "kaiju");
        Assert.DoesNotContain(cues, c => sentence.Substring(c.Start, c.Length) == "danger");
    }

    [Fact]
    public void CustomBlockerSuppressesADefaultCue()
    {
        var custom = Lexicon.Parse(Header + "threat of rain\tBlock\t0\tweather, not security\n", "custom.tsv");
        const string sentence = "The threat of rain kept the crowds away.";
        Assert.DoesNotContain(new CueMatcher(Lexicon.Default.Add(custom)).Match(sentence), c => c.Category == CueCategory.Threat);
        Assert.Contains(CueMatcher.Default.Match(sentence), c => c.Category == CueCategory.Threat);
    }
}
