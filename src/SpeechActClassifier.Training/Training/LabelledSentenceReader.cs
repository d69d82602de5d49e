using System.Text;

namespace SpeechActClassifier.Training;

/// <summary>
/// Reads labelled sentences from a TSV file whose header names the columns <c>id</c>, <c>label</c>, <c>source</c>
/// and <c>text</c> in any order; other columns are ignored. Any malformed row is an error, never skipped.
/// </summary>
public static class LabelledSentenceReader
{
    private static readonly string[] RequiredColumns = ["id", "label", "source", "text"];

    /// <summary>Reads every row of the file at <paramref name="path"/>.</summary>
    /// <param name="path">A UTF-8 TSV file.</param>
    /// <returns>The rows in file order.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="LabelledDataException">The file is empty or a line is malformed.</exception>
    public static IReadOnlyList<LabelledSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Labelled file '{path}' not found.", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads every row of the file at <paramref name="path"/>, with ids unique across the files that share <paramref name="placeOfId"/>.</summary>
    /// <param name="path">A UTF-8 TSV file.</param>
    /// <param name="placeOfId">Every id read so far, with the <c>file:line</c> it was read at; this file's ids are added.</param>
    internal static IReadOnlyList<LabelledSentence> Read(string path, Dictionary<string, string> placeOfId)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Labelled file '{path}' not found.", path);
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path, placeOfId);
    }

    /// <summary>Reads every row from <paramref name="reader"/>.</summary>
    /// <param name="reader">The TSV text, header first.</param>
    /// <param name="fileName">The name used in error messages.</param>
    /// <returns>The rows in file order.</returns>
    /// <exception cref="LabelledDataException">The text is empty or a line is malformed.</exception>
    public static IReadOnlyList<LabelledSentence> Read(TextReader reader, string fileName) =>
        Read(reader, fileName, new Dictionary<string, string>(StringComparer.Ordinal));

    private static IReadOnlyList<LabelledSentence> Read(TextReader reader, string fileName, Dictionary<string, string> placeOfId)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);

        var header = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new LabelledDataException(fileName, 0, "the file is empty; expected a header line 'id<TAB>label<TAB>source<TAB>text' and one row per sentence.");
        }

        var names = header.Split('\t');
        var indices = new int[RequiredColumns.Length];
        for (var c = 0; c < RequiredColumns.Length; c++)
        {
            indices[c] = Array.FindIndex(names, n => string.Equals(n.Trim(), RequiredColumns[c], StringComparison.OrdinalIgnoreCase));
            if (indices[c] < 0)
            {
                throw new LabelledDataException(fileName, 1, $"the header has no '{RequiredColumns[c]}' column; it needs id, label, source and text, tab-separated.");
            }
        }

        var columnCount = names.Length;
        var rows = new List<LabelledSentence>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columnCount)
            {
                throw new LabelledDataException(fileName, lineNumber, $"expected {columnCount} tab-separated fields as in the header, found {fields.Length}.");
            }

            var labelText = fields[indices[1]].Trim();
            if (!Enum.TryParse<SpeechActLabel>(labelText, ignoreCase: false, out var label) || !Enum.IsDefined(label) || int.TryParse(labelText, out _))
            {
                throw new LabelledDataException(fileName, lineNumber, $"unknown label '{labelText}'; use SecuritizingMove, ThreatFraming or Neutral.");
            }

            var text = fields[indices[3]];
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new LabelledDataException(fileName, lineNumber, "the text field is empty.");
            }

            var id = fields[indices[0]].Trim();
            if (!placeOfId.TryAdd(id, $"{fileName}:{lineNumber}"))
            {
                throw new LabelledDataException(fileName, lineNumber, $"id '{id}' is already used at {placeOfId[id]}; ids must be unique across all the files read together.");
            }

            rows.Add(new LabelledSentence(id, label, fields[indices[2]].Trim(), text));
        }

        if (rows.Count == 0)
        {
            throw new LabelledDataException(fileName, 0, "the file has a header but no rows.");
        }

        return rows;
    }
}
