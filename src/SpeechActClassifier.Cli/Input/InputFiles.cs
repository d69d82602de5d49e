using System.IO.Enumeration;

namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// Turns the paths of the command line into a stream of records, file by file in argument order: <c>.txt</c> and
/// <c>.md</c> files are one article each, folders contribute their text, Markdown, JSONL, CSV and TSV files in
/// ordinal order (recursively, without following links to folders, as <c>grep -r</c> and <c>find</c> do, so a link
/// loop cannot repeat a file), <c>.jsonl</c> has one record per line, <c>.csv</c>/<c>.tsv</c> one per row, and
/// <c>-</c> reads JSONL from stdin. Nothing is read before it is needed.
/// </summary>
internal static class InputFiles
{
    private static readonly string[] Extensions = [".txt", ".md", ".jsonl", ".csv", ".tsv"];

    /// <summary>The extensions a folder is searched for, as messages name them: ".txt, .md, .jsonl, .csv or .tsv".</summary>
    public static string ExtensionList { get; } = string.Join(", ", Extensions[..^1]) + " or " + Extensions[^1];

    /// <summary>The files behind <paramref name="paths"/>, checked to exist before any output is written.</summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    /// <exception cref="UnauthorizedAccessException">A folder cannot be listed.</exception>
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
                files.AddRange(FilesIn(path).Order(StringComparer.Ordinal));
            }
            else
            {
                throw new FileNotFoundException($"'{path}' is neither a file nor a folder.", path);
            }
        }

        return files;
    }

    /// <summary>
    /// Why a run that found no record at all is an error: <paramref name="fileCount"/> is how many files
    /// <see cref="Expand"/> found behind <paramref name="paths"/>.
    /// </summary>
    public static string NoRecords(IReadOnlyList<string> paths, int fileCount)
    {
        var named = string.Join(", ", paths.Select(p => p == "-" ? "stdin" : $"'{p}'"));
        return fileCount == 0
            ? $"no input records: {named} {(paths.Count == 1 ? "holds" : "hold")} no {ExtensionList} file (folders are searched recursively, without following links to folders)."
            : $"no input records: the {(fileCount == 1 ? "file" : $"{fileCount} files")} read from {named} {(fileCount == 1 ? "is" : "are")} empty, blank or only a header row.";
    }

    /// <summary>The total size of <paramref name="files"/> in bytes (stdin, and a file gone or unreadable, count 0), for progress.</summary>
    public static long TotalBytes(IEnumerable<string> files) => files.Where(f => f != "-").Sum(SizeOf);

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

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reading it will fail too, and say so in the file's error record.
            return 0;
        }
    }

    /// <summary>The input files under <paramref name="folder"/>, hidden ones included; links to files count, links to folders are not entered.</summary>
    private static FileSystemEnumerable<string> FilesIn(string folder) =>
        new(folder, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && Extensions.Contains(Path.GetExtension(entry.FileName).ToString(), StringComparer.OrdinalIgnoreCase),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

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
