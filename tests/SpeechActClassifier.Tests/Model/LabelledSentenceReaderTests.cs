using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Model;

public sealed class LabelledSentenceReaderTests
{
    private static IReadOnlyList<LabelledSentence> Read(string text) => LabelledSentenceReader.Read(new StringReader(text), "test.tsv");

    [Fact]
    public void ReadsTheSeeds()
    {
        Assert.Equal(105, ModelTestData.Seeds.Count);
        Assert.Equal(64, ModelTestData.Seeds.Count(s => s.Label == SpeechActLabel.Neutral));
        Assert.Equal("seed0-001", ModelTestData.Seeds[0].Id);
    }

    [Fact]
    public void FindsColumnsFromTheHeaderAndIgnoresExtraOnes()
    {
        var rows = Read("text\tnote\tlabel\tid\tsource\nNATO warned.\tx\tSecuritizingMove\ta-1\tdoc\n");
        var row = Assert.Single(rows);
        Assert.Equal(new LabelledSentence("a-1", SpeechActLabel.SecuritizingMove, "doc", "NATO warned."), row);
    }

    [Fact]
    public void AnEmptyFileIsAnError()
    {
        var error = Assert.Throws<LabelledDataException>(() => Read(string.Empty));
        Assert.Contains("test.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHeaderWithoutRowsIsAnError() =>
        Assert.Throws<LabelledDataException>(() => Read("id\tlabel\tsource\ttext\n"));

    [Fact]
    public void AMissingColumnIsAnErrorOnLineOne()
    {
        var error = Assert.Throws<LabelledDataException>(() => Read("id\tlabel\ttext\na\tNeutral\tx\n"));
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("source", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownLabelNamesFileAndLine()
    {
        var error = Assert.Throws<LabelledDataException>(() => Read("id\tlabel\tsource\ttext\na\tNeutral\td\tok\nb\tThreat\td\tbad\n"));
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith("test.tsv:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Threat", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("neutral")]
    [InlineData("")]
    public void LabelsMustBeSpelledExactly(string label) =>
        Assert.Throws<LabelledDataException>(() => Read($"id\tlabel\tsource\ttext\na\t{label}\td\tx\n"));

    [Fact]
    public void ARowWithTooFewFieldsNamesItsLine()
    {
        var error = Assert.Throws<LabelledDataException>(() => Read("id\tlabel\tsource\ttext\na\tNeutral\td\tok\n\nb\tNeutral\n"));
        Assert.Equal(4, error.LineNumber);
    }

    [Fact]
    public void ADuplicateIdNamesBothLines()
    {
        var error = Assert.Throws<LabelledDataException>(() => Read("id\tlabel\tsource\ttext\na\tNeutral\td\tx\na\tNeutral\td\ty\n"));
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("already used at test.tsv:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => LabelledSentenceReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".tsv")));
}
