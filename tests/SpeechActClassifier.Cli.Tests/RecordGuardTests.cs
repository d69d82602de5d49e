using System.Text;
using System.Text.Json;
using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Cli.Output;
using SpeechActClassifier.Cli.Progress;
using SpeechActClassifier.Cli.Scoring;
using SpeechActClassifier.Documents;

namespace SpeechActClassifier.Cli.Tests;

/// <summary>
/// Failures injected into the scorer, the writer and the input stream: each costs its own record, which is written
/// with the error, and every record after it is still scored and written, in order.
/// </summary>
public sealed class RecordGuardTests
{
    private static readonly InputRecord[] Records =
    [
        InputRecord.Ok("a", "in.jsonl", 1, "War is coming.", 10),
        InputRecord.Ok("b", "in.jsonl", 2, "The border must be closed.", 10),
        InputRecord.Ok("c", "in.jsonl", 3, "Peace talks resumed.", 10),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AScorerThatThrowsCostsOnlyItsRecord(int workers)
    {
        DocumentScore Score(string text) => text.StartsWith("The border", StringComparison.Ordinal)
            ? throw new InvalidOperationException("injected scorer failure")
            : SecuritizationClassifier.Default.ScoreDocument(text);

        var (exitCode, records) = Run(Score, sink => new JsonlRecordWriter(sink), workers);

        Assert.Equal(ExitCodes.RecordErrors, exitCode);
        Assert.Equal(["a", "b", "c"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("in.jsonl:2: internal error, the record was skipped (InvalidOperationException: injected scorer failure)", records[1].GetProperty("error").GetString());
        Assert.NotEmpty(records[2].GetProperty("sentences").EnumerateArray());
    }

    [Fact]
    public void AWriterThatThrowsWritesTheRecordsErrorInItsPlace()
    {
        var (exitCode, records) = Run(text => SecuritizationClassifier.Default.ScoreDocument(text), sink => new FailingOnce(new JsonlRecordWriter(sink), "b"), workers: 1);

        Assert.Equal(ExitCodes.RecordErrors, exitCode);
        Assert.Equal(["a", "b", "c"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("in.jsonl:2: internal error, the record was skipped (FormatException: injected writer failure)", records[1].GetProperty("error").GetString());
        Assert.Equal(JsonValueKind.Null, records[2].GetProperty("error").ValueKind);
    }

    [Fact]
    public void AnInputThatFailsPartWayCostsTheRestOfThatFileOnly()
    {
        using var temp = new TempDirectory();
        var next = temp.Write("next.jsonl", Articles.JsonLine("after", "Troops were sent.") + "\n");
        var lines = Encoding.UTF8.GetBytes(Articles.JsonLine("first", "War is coming.") + "\n" + Articles.JsonLine("second", "Peace is near.") + "\n");
        using var stdin = new FailingStream(lines);

        var records = InputFiles.Read(["-", next], new InputOptions(), stdin).ToArray();

        Assert.Equal(["first", "second", "-", "after"], records.Select(r => r.Id));
        Assert.Equal("-: reading stopped after line 2, the rest is not scored (injected disk failure)", records[2].Error);
        Assert.Equal("Troops were sent.", records[3].Text);
    }

    private static (int ExitCode, JsonElement[] Records) Run(Func<string, DocumentScore> score, Func<RecordSink, IRecordWriter> writer, int workers)
    {
        using var temp = new TempDirectory();
        var output = temp.File("out.jsonl");
        int exitCode;
        using (var sink = RecordSink.File(output))
        {
            exitCode = ScoreRun.Execute(Records, score, writer(sink), workers, ProgressDisplay.Silent, CancellationToken.None);
        }

        return (exitCode, File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement).ToArray());
    }

    /// <summary>Throws the first time it is asked to write the record <paramref name="id"/>.</summary>
    private sealed class FailingOnce(IRecordWriter inner, string id) : IRecordWriter
    {
        private bool _failed;

        public void WriteStart() => inner.WriteStart();

        public void Write(ScoredRecord record)
        {
            if (!_failed && record.Input.Id == id)
            {
                _failed = true;
                throw new FormatException("injected writer failure");
            }

            inner.Write(record);
        }
    }

    /// <summary>Reads <paramref name="content"/>, then fails as a broken disk would.</summary>
    private sealed class FailingStream(byte[] content) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position < Length ? base.Read(buffer, offset, count) : throw new IOException("injected disk failure");
    }
}
