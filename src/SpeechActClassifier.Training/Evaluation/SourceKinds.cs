
namespace SpeechActClassifier.Training;

/// <summary>
/// The kind of source a labelled sentence comes from, for per-source figures. A source written as
/// <c>owner/repository:path</c> (the corpus' form) is of the kind <c>owner/repository</c>; any other source (a
/// seed text's file name) is of the kind of the labelled file it was read from.
/// </summary>
internal static class SourceKinds
{
    /// <summary>Per sentence of <paramref name="corpus"/>, its source kind.</summary>
    public static string[] Of(LabelledCorpus corpus)
    {
        var kinds = new string[corpus.Sentences.Count];
        var i = 0;
        foreach (var file in corpus.Files)
        {
            for (var row = 0; row < file.Rows; row++, i++)
            {
                kinds[i] = Of(corpus.Sentences[i].Source, file.Path);
            }
        }

        return kinds;
    }

    /// <summary>Per sentence of <paramref name="sentences"/>, read from <paramref name="file"/>, its source kind.</summary>
    public static string[] Of(IReadOnlyList<LabelledSentence> sentences, string file) => sentences.Select(s => Of(s.Source, file)).ToArray();

    private static string Of(string source, string file)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && source.AsSpan(0, colon).Contains('/') ? source[..colon] : file;
    }
}
