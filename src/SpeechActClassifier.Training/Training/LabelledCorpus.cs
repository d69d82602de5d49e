using System.Security.Cryptography;
using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>
/// The labelled sentences of one or more TSV files, read in the order given, with each file's hash. Ids must be
/// unique across all the files, so a sentence can be named in reports without saying which file it came from.
/// </summary>
/// <param name="Sentences">Every row of every file, files in the order given, rows in file order.</param>
/// <param name="Files">The files read, in the order given.</param>
public sealed record LabelledCorpus(IReadOnlyList<LabelledSentence> Sentences, IReadOnlyList<LabelledFile> Files)
{
    /// <summary>Reads every file of <paramref name="paths"/>.</summary>
    /// <param name="paths">One or more labelled TSV files (see <see cref="LabelledSentenceReader"/>).</param>
    /// <returns>Their sentences and hashes.</returns>
    /// <exception cref="ArgumentException">No path was given.</exception>
    /// <exception cref="FileNotFoundException">A file does not exist.</exception>
    /// <exception cref="LabelledDataException">A file is empty or malformed, or an id repeats one of an earlier file.</exception>
    public static LabelledCorpus Read(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ArgumentException("Give at least one labelled TSV file.", nameof(paths));
        }

        var sentences = new List<LabelledSentence>();
        var files = new List<LabelledFile>();
        var placeOfId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var rows = LabelledSentenceReader.Read(path, placeOfId);
            sentences.AddRange(rows);
            files.Add(new LabelledFile(RecordedPath(path), Sha256Of(path), rows.Count));
        }

        return new LabelledCorpus(sentences, files);
    }

    /// <summary>Lower-case hex SHA-256 of a file's bytes.</summary>
    /// <param name="path">The file.</param>
    /// <returns>64 hex digits.</returns>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
    }

    private static string RecordedPath(string path) =>
        System.IO.Path.IsPathRooted(path) ? System.IO.Path.GetFileName(path) : path.Replace('\\', '/');
}
