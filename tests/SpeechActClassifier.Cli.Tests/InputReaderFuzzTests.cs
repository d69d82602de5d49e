using System.Text;
using SpeechActClassifier.Cli.Input;
using Xunit.Abstractions;

namespace SpeechActClassifier.Cli.Tests;

/// <summary>
/// The JSONL and CSV readers, fed thousands of mutated files: they never throw, and every record they give back
/// either has text or an error that names the file and line.
/// </summary>
public sealed class InputReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly byte[][] Inserts = ["\""u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), ","u8.ToArray(), "\t"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), [0xC3], [0xFF], [0xEF, 0xBB, 0xBF], [0]];

    [Theory]
    [InlineData(".jsonl")]
    [InlineData(".csv")]
    [InlineData(".tsv")]
    public void MutatedFilesGiveRecordsOrNamedErrorsAndNeverThrow(string extension)
    {
        var articles = Articles.Create(20, seed: 4);
        var seed = extension switch
        {
            ".jsonl" => string.Concat(articles.Select((a, i) => Articles.JsonLine($"d{i}", a) + "\n")),
            ".csv" => "id,text\n" + string.Concat(articles.Select((a, i) => $"d{i},\"{a.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n")),
            _ => "id\ttext\n" + string.Concat(articles.Select((a, i) => $"d{i}\t{a.Replace('\n', ' ').Replace('"', '\'')}\n")),
        };
        var seedBytes = Encoding.UTF8.GetBytes(seed);
        var random = new Random(9);
        var records = 0;
        var errors = 0;
        for (var m = 0; m < 1000; m++)
        {
            var bytes = seedBytes.ToList();
            for (var e = 0; e < 1 + random.Next(6); e++)
            {
                var at = random.Next(bytes.Count + 1);
                switch (random.Next(4))
                {
                    case 0:
                        bytes.InsertRange(at, Inserts[random.Next(Inserts.Length)]);
                        break;
                    case 1 when at < bytes.Count:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40)));
                        break;
                    case 2 when at < bytes.Count:
                        bytes[at] = (byte)random.Next(256);
                        break;
                    default:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                }
            }

            using var stream = new MemoryStream([.. bytes]);
            var read = extension switch
            {
                ".jsonl" => JsonlReader.Read(stream, "mutant" + extension, new InputOptions()).ToList(),
                ".csv" => DelimitedReader.Read(stream, "mutant" + extension, ',', new InputOptions()).ToList(),
                _ => DelimitedReader.Read(stream, "mutant" + extension, '\t', new InputOptions()).ToList(),
            };
            foreach (var record in read)
            {
                records++;
                Assert.True(record.Text is not null ^ record.Error is not null, "a record has text or an error, never both or neither");
                if (record.Error is not null)
                {
                    errors++;
                    Assert.StartsWith($"mutant{extension}:{record.Line}", record.Error, StringComparison.Ordinal);
                }
            }

            Assert.True(read.Select(r => r.Line).SequenceEqual(read.Select(r => r.Line).Order()), "records come in line order");
        }

        output.WriteLine($"{extension}: 1000 mutants, {records} records, {errors} with errors");
    }

    [Fact]
    public void ARunawayLineIsOneErrorRecordAndTheNextLinesStillRead()
    {
        var runaway = "{\"id\": \"huge\", \"text\": \"" + new string('x', Utf8LineReader.MaxLineBytes + 10) + "\"}";
        var input = Articles.JsonLine("before", "War is coming.") + "\n" + runaway + "\n" + Articles.JsonLine("after", "Peace is near.") + "\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(input));

        var records = JsonlReader.Read(stream, "big.jsonl", new InputOptions()).ToArray();

        Assert.Equal(["before", "big.jsonl:2", "after"], records.Select(r => r.Id));
        Assert.StartsWith("big.jsonl:2: the line is ", records[1].Error, StringComparison.Ordinal);
        Assert.Contains("over the limit", records[1].Error, StringComparison.Ordinal);
        Assert.Equal("Peace is near.", records[2].Text);
    }
}
