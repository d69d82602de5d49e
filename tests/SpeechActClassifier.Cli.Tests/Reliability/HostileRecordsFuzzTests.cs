using CsCheck;
using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Tests.Reliability;
using Xunit.Abstractions;

namespace SpeechActClassifier.Cli.Tests.Reliability;

/// <summary>
/// Hostile JSONL, CSV and TSV files, as scrapers write them, through the CLI's readers, and a fixed-seed sample of the
/// million-record fuzz run (<see cref="FuzzProgram"/>) through readers, scorer and writers. The earlier fuzzers
/// mutated bytes of files that a JSON serializer had written, so they never made a <c>\ud800</c> escape: six
/// characters in one order, inside a string. These generators write such escapes on purpose.
/// </summary>
public sealed class HostileRecordsFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261123;

    /// <summary>Kinds of error record the sample must reach, or its generators have lost a class of input.</summary>
    private static readonly string[] ExpectedErrorKinds =
    [
        "not valid JSON", "expected a JSON object", "is Number, not a string", "is Object, not a string", "is missing", "is empty",
        "invalid UTF-N at byte", "over the limit", "the id is", "never closed", "a quote inside an unquoted field", "after the closing quote",
        "the header row is malformed", "the header row is not UTF-N", "the header has no", "fields, so no", "the article is empty",
    ];

    [Fact]
    public void EveryLineOfAHostileJsonlFileIsOneRecordAndNoneStopsTheReader()
    {
        var (random, nextText) = Generators();
        for (var file = 0; file < 10; file++)
        {
            using var stream = new MemoryStream();
            var expected = new HostileJsonl(random, nextText).Write(stream, 500);
            stream.Position = 0;

            var records = JsonlReader.Read(stream, "hostile.jsonl", new InputOptions()).ToList();

            Assert.Equal(expected, records.Count);
            AssertWellFormed(records, "hostile.jsonl");
        }
    }

    [Theory]
    [InlineData(',')]
    [InlineData('\t')]
    public void EveryRowOfAHostileDelimitedFileIsOneRecordAndNoneStopsTheReader(char delimiter)
    {
        var (random, nextText) = Generators();
        for (var file = 0; file < 20; file++)
        {
            using var stream = new MemoryStream();
            var (expected, exact) = new HostileDelimited(random, nextText).Write(stream, delimiter, 300);
            stream.Position = 0;

            var records = DelimitedReader.Read(stream, "hostile.csv", delimiter, new InputOptions()).ToList();

            Assert.True(exact ? records.Count == expected : records.Count > 0 || expected == 0, $"file {file}: {records.Count} records, {expected} rows written");
            AssertWellFormed(records, "hostile.csv");
        }
    }

    [Fact]
    public void AFixedSampleOfTheMillionRunCrashesNothingAndReachesEveryKindOfError()
    {
        var report = HostileRecordsFuzz.Run(count: 30_000, seed: Seed);
        output.WriteLine(report.ToString());

        Assert.True(report.FailureCount == 0, string.Join('\n', report.Failures));
        Assert.Equal(0, report.Crashes);
        Assert.Equal(1, report.HugeLines);
        Assert.All(ExpectedErrorKinds, kind => Assert.Contains(report.ErrorKinds.Keys, seen => seen.Contains(kind, StringComparison.Ordinal)));
    }

    private static (Random Random, Func<string> NextText) Generators()
    {
        var pcg = new PCG(7, Seed);
        return (new Random(Seed), () => HostileText.Strings.Generate(pcg, null!, out _));
    }

    /// <summary>Each record has text or an error naming the file, in line order, and only well-formed UTF-16.</summary>
    private static void AssertWellFormed(List<InputRecord> records, string source)
    {
        Assert.All(records, record =>
        {
            Assert.True(record.Text is null ^ record.Error is null, $"line {record.Line}: text or error, never both or neither");
            Assert.True(record.Error is null || record.Error.StartsWith(source + ":", StringComparison.Ordinal), record.Error);
            Assert.False(HasLoneSurrogate(record.Id) || HasLoneSurrogate(record.Text ?? string.Empty), $"line {record.Line}: a lone surrogate");
        });
        Assert.Equal(records.Select(r => r.Line).Order(), records.Select(r => r.Line));
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
