using SpeechActClassifier.Training;

namespace SpeechActClassifier.Tests.Training;

public sealed class LabelledCorpusTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("speechact-corpus-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ReadsFilesInOrderWithTheirHashesAndRowCounts()
    {
        var first = Write("a.tsv", "id\tlabel\tsource\ttext\na1\tNeutral\tdoc\tOne.\na2\tThreatFraming\tdoc\tTwo.\n");
        var second = Write("b.tsv", "id\tlabel\tsource\ttext\tagreement\nb1\tSecuritizingMove\tother\tThree.\t2/2\n");

        var corpus = LabelledCorpus.Read([first, second]);

        Assert.Equal(["a1", "a2", "b1"], corpus.Sentences.Select(s => s.Id));
        Assert.Equal([2, 1], corpus.Files.Select(f => f.Rows));

        // The hash sha256sum prints for the same file, so the recorded hash can be checked with standard tools.
        Assert.Equal(Sha256Sum(second), corpus.Files[1].Sha256);
        Assert.Equal(64, corpus.Files[0].Sha256.Length);
    }

    [Fact]
    public void AbsolutePathsAreRecordedByFileNameOnly()
    {
        var path = Write("c.tsv", "id\tlabel\tsource\ttext\nc1\tNeutral\tdoc\tOne.\n");
        Assert.Equal("c.tsv", LabelledCorpus.Read([path]).Files[0].Path);
    }

    [Fact]
    public void AnIdRepeatedInALaterFileNamesBothPlaces()
    {
        var first = Write("a.tsv", "id\tlabel\tsource\ttext\nx\tNeutral\tdoc\tOne.\n");
        var second = Write("b.tsv", "id\tlabel\tsource\ttext\ny\tNeutral\tdoc\tTwo.\nx\tNeutral\tdoc\tThree.\n");

        var error = Assert.Throws<LabelledDataException>(() => LabelledCorpus.Read([first, second]));

        Assert.Equal(3, error.LineNumber);
        Assert.Equal(second, error.FileName);
        Assert.Contains($"{first}:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFileIsAnError() => Assert.Throws<ArgumentException>(() => LabelledCorpus.Read([]));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Sha256Sum(string path)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sha256sum", [path]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split(' ')[0];
    }
}
