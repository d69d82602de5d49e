
namespace SpeechActClassifier.Training;

/// <summary>
/// Cross-validation folds that never split a source document: every sentence of one <see cref="LabelledSentence.Source"/>
/// lands in the same fold, so a model is never tested on a document it was trained on.
/// </summary>
internal static class GroupedFolds
{
    /// <summary>
    /// Assigns each sentence a fold in [0, k), where k is <paramref name="folds"/> or the number of source documents if
    /// that is smaller. Documents are shuffled with <paramref name="seed"/>, then dealt largest first, each to the fold
    /// with the fewest sentences so far, so folds hold about equal numbers of sentences.
    /// </summary>
    /// <exception cref="ArgumentException">The sentences come from fewer than two source documents.</exception>
    public static int[] Assign(IReadOnlyList<LabelledSentence> sentences, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            sizes[sentence.Source] = sizes.GetValueOrDefault(sentence.Source) + 1;
        }

        if (sizes.Count < 2)
        {
            throw new ArgumentException(
                $"Cross-validation grouped by source document needs sentences from at least two documents; all {sentences.Count} have source '{sentences.FirstOrDefault()?.Source}'. " +
                "Give each document's sentences its own source.", nameof(sentences));
        }

        var documents = sizes.Keys.Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(documents);

        // Largest first, ties in shuffled order (a stable sort keeps it), so a long document cannot unbalance the last fold.
        var order = documents.Select((d, i) => (Document: d, Index: i)).OrderByDescending(d => sizes[d.Document]).ThenBy(d => d.Index).Select(d => d.Document);
        var count = Math.Min(folds, sizes.Count);
        var load = new int[count];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in order)
        {
            var lightest = 0;
            for (var f = 1; f < count; f++)
            {
                if (load[f] < load[lightest])
                {
                    lightest = f;
                }
            }

            foldOf[document] = lightest;
            load[lightest] += sizes[document];
        }

        return sentences.Select(s => foldOf[s.Source]).ToArray();
    }

    /// <summary>
    /// <paramref name="repeats"/> independent assignments (repeated grouped k-fold): repetition r shuffles the documents
    /// with seed <paramref name="seed"/> + r.
    /// </summary>
    public static int[][] Repeated(IReadOnlyList<LabelledSentence> sentences, int folds, int repeats, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        return Enumerable.Range(0, repeats).Select(r => Assign(sentences, folds, seed + r)).ToArray();
    }
}
