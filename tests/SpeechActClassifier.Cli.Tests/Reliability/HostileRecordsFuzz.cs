using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CsCheck;
using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Cli.Output;
using SpeechActClassifier.Cli.Progress;
using SpeechActClassifier.Cli.Report;
using SpeechActClassifier.Cli.Scoring;
using SpeechActClassifier.Tests.Reliability;

namespace SpeechActClassifier.Cli.Tests.Reliability;

/// <summary>
/// Runs generated hostile records through the path <c>speechact score</c> and <c>report</c> take, and hostile
/// sentences through the library. Records: batches of a JSONL, CSV or TSV file (<see cref="HostileJsonl"/>,
/// <see cref="HostileDelimited"/>) and a few hostile text files, written to a temporary folder, found and read by
/// <see cref="InputFiles"/>, scored by <see cref="ScoreRun"/> under its guard and formatted by the JSONL, CSV, text
/// or HTML writer in turn. Sentences: <see cref="HostileText"/>'s extremes and generated strings through
/// <c>Classify</c> and <c>ScoreDocument</c>. The same seed gives the same inputs.
/// </summary>
internal static class HostileRecordsFuzz
{
    /// <summary>Records per batch, at most: one structured file and its text files.</summary>
    public const int RecordsPerBatch = 500;

    /// <summary>How many records come with one line of 100 MB (the first batch always has one).</summary>
    public const int RecordsPerHugeLine = 100_000;

    private static readonly string[] Formats = [OutputFormat.Jsonl, OutputFormat.Csv, OutputFormat.Text, "html"];

    /// <summary>Runs <paramref name="count"/> records and <paramref name="count"/> sentences.</summary>
    /// <param name="count">How many records, and how many sentences.</param>
    /// <param name="seed">The seed of every generator.</param>
    /// <param name="log">Hears progress every 200 batches, or nothing when <see langword="null"/>.</param>
    public static FuzzReport Run(int count, int seed, TextWriter? log = null)
    {
        var clock = Stopwatch.StartNew();
        var report = new FuzzReport();
        var random = new Random(seed);
        var pcg = new PCG(7, (ulong)seed);
        string NextText() => HostileText.Strings.Generate(pcg, null!, out _);
        var work = Directory.CreateTempSubdirectory("speechact-fuzz-");
        try
        {
            for (var batch = 0; report.RecordsGenerated < count; batch++)
            {
                var records = (int)Math.Min(RecordsPerBatch, count - report.RecordsGenerated);
                var huge = batch == 0 || report.RecordsGenerated / RecordsPerHugeLine != (report.RecordsGenerated + records) / RecordsPerHugeLine ? 1 : 0;
                RunBatch(work.FullName, batch, records, huge, random, NextText, report);
                if (log is not null && batch % 200 == 199)
                {
                    log.WriteLine($"{report.RecordsGenerated:N0} records, {report.ErrorRecords:N0} error records, {report.Crashes} crashes, {clock.Elapsed:hh\\:mm\\:ss}");
                }
            }
        }
        finally
        {
            // A failing batch's folder is kept, and named in the failure, to be run again by hand.
            if (report.Failures.Count == 0)
            {
                work.Delete(recursive: true);
            }
        }

        RunSentences(count, NextText, report);
        report.Elapsed = clock.Elapsed;
        report.PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64;
        return report;
    }

    private static void RunBatch(string work, int batch, int records, int hugeLines, Random random, Func<string> nextText, FuzzReport report)
    {
        var folder = Path.Combine(work, $"batch{batch}");
        Directory.CreateDirectory(folder);
        var textFiles = Math.Max(1, records / 100);
        var extension = (batch % 3) switch { 0 => ".jsonl", 1 => ".csv", _ => ".tsv" };
        int expected;
        var exact = true;
        using (var file = File.Create(Path.Combine(folder, "records" + extension)))
        {
            if (extension == ".jsonl")
            {
                expected = new HostileJsonl(random, nextText).Write(file, records - textFiles, hugeLines);
            }
            else
            {
                (expected, exact) = new HostileDelimited(random, nextText).Write(file, extension == ".csv" ? ',' : '\t', records - textFiles, hugeLines);
            }
        }

        for (var i = 0; i < textFiles; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"article{i}{(i % 2 == 0 ? ".txt" : ".md")}"), HostileTextFile(random, nextText));
        }

        expected += textFiles;
        report.RecordsGenerated += expected;
        report.Files += 1 + textFiles;
        report.HugeLines += hugeLines;
        var format = Formats[batch % Formats.Length];
        var output = Path.Combine(work, $"batch{batch}.output.{format}");
        var checker = new CheckingWriter(report);
        try
        {
            var files = InputFiles.Expand([folder]);
            if (format == "html")
            {
                using var html = new StreamWriter(output);
                var writer = new HtmlReportWriter(html, "fuzz");
                checker.Inner = writer;
                Score(files, checker);
                writer.WriteEnd();
            }
            else
            {
                using var sink = RecordSink.File(output);
                checker.Inner = OutputFormat.Create(format, sink);
                Score(files, checker);
            }
        }
        catch (Exception ex)
        {
            report.Crashes++;
            report.Fail($"batch {batch} ({folder}): {ex.GetType().Name} escaped the run: {ex.Message}\n{ex.StackTrace}");
            return;
        }

        if (exact ? checker.Count != expected : checker.Count == 0 && expected > 0)
        {
            report.Fail($"batch {batch} ({folder}): {checker.Count} records out, {(exact ? string.Empty : "at least one of ")}{expected} expected");
        }

        if (format == OutputFormat.Jsonl)
        {
            CheckJsonlOutput(output, checker.Count, batch, report);
        }

        if (report.Failures.Count == 0)
        {
            Directory.Delete(folder, recursive: true);
            File.Delete(output);
        }
    }

    private static void Score(List<string> files, CheckingWriter writer) =>
        ScoreRun.Execute(InputFiles.Read(files, new InputOptions()), text => SecuritizationClassifier.Default.ScoreDocument(text), writer, workers: 1, ProgressDisplay.Silent, CancellationToken.None);

    /// <summary>Every output line is one JSON object whose strings decode: nothing the writer made is unreadable downstream.</summary>
    private static void CheckJsonlOutput(string output, int records, int batch, FuzzReport report)
    {
        var lines = 0;
        try
        {
            foreach (var line in File.ReadLines(output, new UTF8Encoding(false, throwOnInvalidBytes: true)))
            {
                lines++;
                using var json = JsonDocument.Parse(line);
                _ = json.RootElement.GetProperty("id").GetString();
                _ = json.RootElement.GetProperty("error").ValueKind == JsonValueKind.String ? json.RootElement.GetProperty("error").GetString() : null;
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or DecoderFallbackException or KeyNotFoundException)
        {
            report.Fail($"batch {batch}: JSONL output line {lines} cannot be read back ({ex.Message})");
            return;
        }

        if (lines != records)
        {
            report.Fail($"batch {batch}: {lines} JSONL output lines for {records} records");
        }
    }

    /// <summary>A text or Markdown file: an article with a byte order mark, invalid UTF-8, NUL bytes, CRLF, in UTF-16, or empty.</summary>
    private static byte[] HostileTextFile(Random random, Func<string> nextText)
    {
        var text = string.Join(random.Pick(["\n", "\r\n", "\r", "\n\n"]), Enumerable.Range(0, random.Next(1, 6)).Select(_ => nextText()));
        var bytes = new MemoryStream();
        switch (random.Next(8))
        {
            case 0:
                return [];
            case 1:
                return Encoding.UTF8.GetBytes(random.Pick(HostileBytes.BlankLines) + "\n");
            case 2:
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
            case 3:
                bytes.WriteUtf8(text);
                bytes.Write(random.Pick(HostileBytes.InvalidUtf8));
                bytes.WriteUtf8(nextText());
                return bytes.ToArray();
            case 4:
                bytes.Write(HostileBytes.ByteOrderMarks[0]);
                bytes.WriteUtf8(text.Replace(" ", "\0", StringComparison.Ordinal));
                return bytes.ToArray();
            default:
                bytes.WriteUtf8(text);
                return bytes.ToArray();
        }
    }

    private static void RunSentences(int count, Func<string> nextText, FuzzReport report)
    {
        var classifier = SecuritizationClassifier.Default;
        var extremes = HostileText.Extremes().ToArray();
        for (var i = 0; i < count; i++)
        {
            var sentence = i < extremes.Length ? extremes[i] : nextText();
            report.Sentences++;
            try
            {
                var c = classifier.Classify(sentence);
                var sum = (double)c.SecuritizingMove + c.ThreatFraming + c.Neutral;
                var document = classifier.ScoreDocument(sentence);
                var inside = document.Sentences.All(s => s.Start >= 0 && s.End <= sentence.Length && s.Cues.All(cue => cue.Start >= s.Start && cue.End <= s.End));
                if (!float.IsFinite(c.Confidence) || Math.Abs(sum - 1) > 1e-5 || !inside)
                {
                    report.Fail($"sentence {i}: probabilities sum to {sum} or an offset lies outside the text");
                }
            }
            catch (Exception ex)
            {
                report.Crashes++;
                report.Fail($"sentence {i} ({sentence.Length} chars): {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    /// <summary>Checks and counts each record on its way to the real writer: text or error, never both; errors name their file.</summary>
    private sealed class CheckingWriter(FuzzReport report) : IRecordWriter
    {
        private string? _lastSource;
        private long _lastLine;

        /// <summary>The writer under test.</summary>
        public IRecordWriter Inner { get; set; } = null!;

        /// <summary>Records written.</summary>
        public int Count { get; private set; }

        public void WriteStart() => Inner.WriteStart();

        public void Write(ScoredRecord record)
        {
            Inner.Write(record);
            Count++;
            report.RecordsOut++;
            var input = record.Input;
            if (input.Text is null == input.Error is null)
            {
                report.Fail($"{input.Source}:{input.Line}: a record has both text and error, or neither");
            }

            if (input.Error is { } error)
            {
                report.CountError(input.Source, error);
                report.InternalErrors += error.Contains("internal error", StringComparison.Ordinal) ? 1 : 0;
                if (!error.StartsWith(input.Source, StringComparison.Ordinal))
                {
                    report.Fail($"{input.Source}:{input.Line}: the error does not name the file: {error}");
                }

                if (error.Contains("internal error", StringComparison.Ordinal))
                {
                    report.Fail(error);
                }
            }

            if (input.Source == _lastSource && input.Line <= _lastLine)
            {
                report.Fail($"{input.Source}:{input.Line}: records out of line order (after line {_lastLine})");
            }

            if (!ReferenceEquals(WellFormedText.Of(input.Id), input.Id) || (input.Text is { } text && !ReferenceEquals(WellFormedText.Of(text), text)))
            {
                report.Fail($"{input.Source}:{input.Line}: a record holds a lone surrogate");
            }

            (_lastSource, _lastLine) = (input.Source, input.Line);
        }
    }
}
