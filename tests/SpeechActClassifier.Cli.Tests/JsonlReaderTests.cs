using System.Text;
using SpeechActClassifier.Cli.Input;

namespace SpeechActClassifier.Cli.Tests;

/// <summary>JSONL lines that are grammatical JSON but decode to text System.Text.Json refuses to hand back as a string.</summary>
public sealed class JsonlReaderTests
{
    [Theory]
    [InlineData(@"bad \ud800 here", "bad \uFFFD here")]
    [InlineData(@"bad \udc00 here", "bad \uFFFD here")]
    [InlineData(@"reversed \udc00\ud800 pair", "reversed \uFFFD\uFFFD pair")]
    [InlineData(@"cut emoji \ud83d", "cut emoji \uFFFD")]
    [InlineData(@"whole emoji \ud83d\ude00 kept", "whole emoji \U0001F600 kept")]
    [InlineData(@"nul \u0000 and nonchars \uffff\ufffe\ufdd0 kept", "nul \0 and nonchars \uFFFF\uFFFE\uFDD0 kept")]
    [InlineData(@"escapes \""\\\/\b\f\n\r\t\u00e9", "escapes \"\\/\b\f\n\r\t\u00e9")]
    public void EscapesDecodeAndLoneSurrogatesBecomeTheReplacementCharacter(string escaped, string expected)
    {
        var record = Assert.Single(Read($"{{\"id\": \"{escaped}\", \"text\": \"War is coming. {escaped}\"}}\n"));

        Assert.Null(record.Error);
        Assert.Equal(expected, record.Id);
        Assert.Equal("War is coming. " + expected, record.Text);
    }

    [Fact]
    public void ALoneSurrogateInAnyNameCostsNothing()
    {
        var record = Assert.Single(Read("{\"id\": \"a\", \"text\": \"Peace talks resumed.\", \"\\ud800\": 1, \"meta\": {\"\\udc00\": \"\\udc00\"}}\n"));

        Assert.Null(record.Error);
        Assert.Equal("a", record.Id);
        Assert.Equal("Peace talks resumed.", record.Text);
    }

    [Fact]
    public void OfDuplicateNamesTheLastCounts()
    {
        var records = Read("{\"id\": \"a\", \"text\": \"first\", \"text\": \"second\"}\n{\"id\": \"b\", \"text\": \"first\", \"text\": 5}\n");

        Assert.Equal("second", records[0].Text);
        Assert.Equal("dup.jsonl:2: field \"text\" is Number, not a string", records[1].Error);
    }

    [Fact]
    public void AByteOrderMarkAtTheStartOfAnyLineIsSkipped()
    {
        var records = Read("\uFEFF{\"id\": \"a\", \"text\": \"War.\"}\n\uFEFF{\"id\": \"b\", \"text\": \"Peace.\"}\n");

        Assert.Equal(["a", "b"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Fact]
    public void AnIdOverTheLimitIsAnErrorRecord()
    {
        var longest = new string('i', InputRecord.MaxIdLength);
        var records = Read($"{{\"id\": \"{longest}\", \"text\": \"War.\"}}\n{{\"id\": \"{longest}i\", \"text\": \"War.\"}}\n");

        Assert.Equal(longest, records[0].Id);
        Assert.Equal("dup.jsonl:2", records[1].Id);
        Assert.Equal("dup.jsonl:2: the id is 4,097 characters long, over the limit of 4,096", records[1].Error);
    }

    private static InputRecord[] Read(string jsonl)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(jsonl));
        return [.. JsonlReader.Read(stream, "dup.jsonl", new InputOptions())];
    }
}
