namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// A <c>.csv</c> (comma) or <c>.tsv</c> (tab) file with a header row: the text in the
/// <see cref="InputOptions.TextColumn"/> column, the id in <see cref="InputOptions.IdColumn"/>. Quoted fields may
/// span lines. A malformed row becomes one record with an error, and reading goes on at the next line: a quote left
/// open is given up after <see cref="MaxRecordLines"/> lines or at the end of the file, and the lines it swallowed
/// are read again as rows of their own, so one bad quote never costs the rest of the file.
/// </summary>
internal static class DelimitedReader
{
    /// <summary>The most lines one quoted field may span.</summary>
    public const int MaxRecordLines = 1000;

    /// <summary>The records of <paramref name="stream"/>, named <paramref name="source"/> in ids and errors.</summary>
    public static IEnumerable<InputRecord> Read(Stream stream, string source, char delimiter, InputOptions options)
    {
        using var lines = Utf8LineReader.Read(stream).GetEnumerator();
        // Lines given back after a quote that never closed; they come before any line not yet read.
        var pending = new Stack<ByteLine>();
        bool Next(out ByteLine line)
        {
            if (pending.TryPop(out line))
            {
                return true;
            }

            if (lines.MoveNext())
            {
                line = lines.Current;
                return true;
            }

            return false;
        }

        string[]? header = null;
        string? headerError = null;
        while (Next(out var first))
        {
            var readingHeader = header is null && headerError is null;
            if (first.Text is null)
            {
                if (readingHeader)
                {
                    headerError = $"{source}:{first.Number}: the header row is not UTF-8 ({first.Error})";
                    continue;
                }

                yield return Failed(source, first.Number, first.Error!, first.Bytes);
                continue;
            }

            if (string.IsNullOrWhiteSpace(first.Text))
            {
                continue;
            }

            // Join lines while a quoted field stays open.
            var consumed = new List<ByteLine> { first };
            var text = first.Text;
            var row = Parse(text, delimiter);
            while (row.Incomplete && consumed.Count < MaxRecordLines && Next(out var more))
            {
                consumed.Add(more);
                if (more.Text is null)
                {
                    break;
                }

                text += "\n" + more.Text;
                row = Parse(text, delimiter);
            }

            if (row.Incomplete || row.Fields is null)
            {
                // Give the swallowed lines back: each is read again as a row of its own.
                foreach (var line in consumed.Skip(1).Reverse())
                {
                    pending.Push(line);
                }

                var problem = row.Incomplete ? "the quote opened on this line is never closed" : row.Error!;
                if (readingHeader)
                {
                    headerError = $"{source}:{first.Number}: the header row is malformed ({problem})";
                    continue;
                }

                yield return Failed(source, first.Number, problem, first.Bytes);
                continue;
            }

            var bytes = consumed.Sum(l => l.Bytes);
            if (readingHeader)
            {
                header = [.. row.Fields];
                continue;
            }

            var fields = row.Fields;
            yield return RecordGuard.Run(
                () => ToRecord(fields, header, headerError, source, first.Number, bytes, options),
                problem => Failed(source, first.Number, problem, bytes));
        }
    }

    private static DelimitedRow Parse(string text, char delimiter) =>
        RecordGuard.Run(() => DelimitedRow.Parse(text, delimiter), problem => new DelimitedRow(null, problem, Incomplete: false));

    private static InputRecord ToRecord(IReadOnlyList<string> fields, string[]? header, string? headerError, string source, long number, long bytes, InputOptions options)
    {
        var fallbackId = $"{source}:{number}";
        if (header is null)
        {
            return InputRecord.Failed(fallbackId, source, number, headerError!, bytes);
        }

        var idColumn = Array.IndexOf(header, options.IdColumn);
        var id = idColumn >= 0 && idColumn < fields.Count && fields[idColumn].Length > 0 ? fields[idColumn] : fallbackId;
        var textColumn = Array.IndexOf(header, options.TextColumn);
        if (textColumn < 0)
        {
            return InputRecord.Failed(id, source, number, $"{source}:{number}: the header has no \"{options.TextColumn}\" column (use --text-column)", bytes);
        }

        if (textColumn >= fields.Count)
        {
            return InputRecord.Failed(id, source, number, $"{source}:{number}: the row has {fields.Count} fields, so no \"{options.TextColumn}\" field (column {textColumn + 1})", bytes);
        }

        var text = fields[textColumn];
        return string.IsNullOrWhiteSpace(text)
            ? InputRecord.Failed(id, source, number, $"{source}:{number}: field \"{options.TextColumn}\" is empty", bytes)
            : InputRecord.Ok(id, source, number, text, bytes);
    }

    private static InputRecord Failed(string source, long number, string problem, long bytes) =>
        InputRecord.Failed($"{source}:{number}", source, number, $"{source}:{number}: {problem}", bytes);
}
