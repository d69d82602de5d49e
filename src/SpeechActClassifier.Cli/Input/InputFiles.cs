namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// Turns the paths of the command line into a stream of records, file by file in argument order: <c>.txt</c> and
/// <c>.md</c> files are one article each, folders contribute their text, Markdown, JSONL, CSV and TSV files in
/// ordinal order (recursively), <c>.jsonl</c> has one record per line, <c>.csv</c>/<c>.tsv</c> one per row, and
/// <c>-</c> reads JSONL from stdin. Nothing is read before it is needed.
/// </summary>
internal static class InputFiles
{
    private static readonly string[] Extensions = [".txt", ".md", ".jsonl", ".csv", ".tsv"];

    /// <summary>The files behind <paramref name="paths"/>, checked to exist before any output is written.</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path == "-" || File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new FileNotFoundException($"'{path}' is neither a file nor a folder.", path);
            }
        }

        return files;
    }

    /// <summary>The total size of <paramref name="files"/> in bytes (stdin counts 0), for progress.</summary>
    public static long TotalBytes(IEnumerable<string> files) => files.Where(f => f != "-").Sum(f => new FileInfo(f).Length);

    /// <summary>
    /// The records of every file, in order. A file that cannot be opened, or whose reading fails part way (it was
    /// removed, the disk failed), gives one record with the error, and the run goes on with the next file.
    /// </summary>
    public static IEnumerable<InputRecord> Read(IEnumerable<string> files, InputOptions options, Stream? stdin = null)
    {
        foreach (var file in files)
        {
            using var records = ReadFile(file, options, stdin).GetEnumerator();
            long lastLine = 0;
            while (true)
            {
                InputRecord? failure = null;
                try
                {
                    if (!records.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception ex)
                {
                    var problem = lastLine == 0 ? "cannot be read" : $"reading stopped after line {lastLine}, the rest is not scored";
                    failure = InputRecord.Failed(file, file, lastLine + 1, $"{file}: {problem} ({ex.Message})", 0);
                }

                if (failure is not null)
                {
                    yield return failure;
                    break;
                }

                lastLine = records.Current.Line;
                yield return records.Current;
            }
        }
    }

    private static IEnumerable<InputRecord> ReadFile(string file, InputOptions options, Stream? stdin)
    {
        if (file == "-")
        {
            foreach (var record in JsonlReader.Read(stdin ?? Console.OpenStandardInput(), "-", options))
            {
                yield return record;
            }

            yield break;
        }

        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".jsonl":
            case ".csv":
            case ".tsv":
                using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
                {
                    var records = Path.GetExtension(file).ToLowerInvariant() switch
                    {
                        ".jsonl" => JsonlReader.Read(stream, file, options),
                        ".csv" => DelimitedReader.Read(stream, file, ',', options),
                        _ => DelimitedReader.Read(stream, file, '\t', options),
                    };
                    foreach (var record in records)
                    {
                        yield return record;
                    }
                }

                break;
            default:
                yield return RecordGuard.Run(() => TextFileReader.Read(file), problem => InputRecord.Failed(file, file, 1, $"{file}: {problem}", 0));
                break;
        }
    }
}
