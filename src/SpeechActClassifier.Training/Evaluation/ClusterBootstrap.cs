namespace SpeechActClassifier.Training;

/// <summary>
/// Bootstrap resamples of source documents rather than of sentences: sentences of one document are not independent,
/// so each resample draws as many documents as there are, with replacement, and takes all their sentences. The
/// same resamples serve every candidate, so differences between candidates are paired.
/// </summary>
internal sealed class ClusterBootstrap
{
    /// <summary>Resamples drawn: 1,000 puts the 2.5th and 97.5th percentiles 25 draws from each end.</summary>
    public const int DefaultResamples = 1000;

    private readonly int[] _documentOfSentence;
    private readonly int[][] _draws;

    /// <summary>Draws <paramref name="resamples"/> resamples of the documents of <paramref name="documentOfSentence"/>.</summary>
    /// <param name="documentOfSentence">Per sentence, the index of its document in [0, document count).</param>
    /// <param name="resamples">How many resamples.</param>
    /// <param name="seed">The seed of the draws.</param>
    public ClusterBootstrap(int[] documentOfSentence, int resamples, int seed)
    {
        _documentOfSentence = documentOfSentence;
        DocumentCount = documentOfSentence.Length == 0 ? 0 : documentOfSentence.Max() + 1;
        var random = new Random(seed);
        _draws = new int[resamples][];
        for (var b = 0; b < resamples; b++)
        {
            var counts = new int[DocumentCount];
            for (var d = 0; d < DocumentCount; d++)
            {
                counts[random.Next(DocumentCount)]++;
            }

            _draws[b] = counts;
        }
    }

    /// <summary>Number of documents.</summary>
    public int DocumentCount { get; }

    /// <summary>Number of resamples.</summary>
    public int Resamples => _draws.Length;

    /// <summary>Per sentence, its document.</summary>
    public IReadOnlyList<int> DocumentOfSentence => _documentOfSentence;

    /// <summary>Builds the bootstrap over the distinct sources of <paramref name="sources"/> (one per sentence).</summary>
    public static ClusterBootstrap OverSources(IReadOnlyList<string> sources, int resamples, int seed)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentOfSentence = new int[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            if (!index.TryGetValue(sources[i], out var d))
            {
                d = index.Count;
                index[sources[i]] = d;
            }

            documentOfSentence[i] = d;
        }

        return new ClusterBootstrap(documentOfSentence, resamples, seed);
    }

    /// <summary>
    /// The interval of <paramref name="figure"/>, a statistic of one confusion matrix per repetition (9 counts, gold-major,
    /// indexed by <see cref="SpeechActLabel"/> value), over the repetitions' predictions of the sentences.
    /// </summary>
    /// <param name="gold">Per sentence, the gold label.</param>
    /// <param name="predictions">Per repetition, per sentence, the predicted label.</param>
    /// <param name="figure">The statistic, e.g. macro-F1, computed from one repetition's confusion counts.</param>
    public Interval Estimate(IReadOnlyList<SpeechActLabel> gold, IReadOnlyList<SpeechActLabel[]> predictions, ConfusionFigure figure)
    {
        var perDocument = DocumentConfusions(gold, predictions);
        var estimate = MeanOverRepetitions(perDocument, null, figure);
        var values = new double[_draws.Length];
        for (var b = 0; b < _draws.Length; b++)
        {
            values[b] = MeanOverRepetitions(perDocument, _draws[b], figure);
        }

        return Summarize(estimate, values);
    }

    /// <summary>The interval of the difference of <paramref name="figure"/> between two candidates, on the same resamples.</summary>
    public Interval EstimateDifference(
        IReadOnlyList<SpeechActLabel> gold,
        IReadOnlyList<SpeechActLabel[]> predictions,
        IReadOnlyList<SpeechActLabel[]> otherPredictions,
        ConfusionFigure figure)
    {
        var mine = DocumentConfusions(gold, predictions);
        var theirs = DocumentConfusions(gold, otherPredictions);
        var estimate = MeanOverRepetitions(mine, null, figure) - MeanOverRepetitions(theirs, null, figure);
        var values = new double[_draws.Length];
        for (var b = 0; b < _draws.Length; b++)
        {
            values[b] = MeanOverRepetitions(mine, _draws[b], figure) - MeanOverRepetitions(theirs, _draws[b], figure);
        }

        return Summarize(estimate, values);
    }

    private static Interval Summarize(double estimate, double[] values)
    {
        Array.Sort(values);
        return new Interval(estimate, Percentile(values, 0.025), Percentile(values, 0.975));
    }

    /// <summary>Linear interpolation between the closest ranks of sorted <paramref name="values"/>.</summary>
    private static double Percentile(double[] values, double p)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }

        var rank = p * (values.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, values.Length - 1);
        return values[lower] + ((rank - lower) * (values[upper] - values[lower]));
    }

    /// <summary>Per repetition, per document, the 9 confusion counts of its sentences.</summary>
    private long[][][] DocumentConfusions(IReadOnlyList<SpeechActLabel> gold, IReadOnlyList<SpeechActLabel[]> predictions)
    {
        var result = new long[predictions.Count][][];
        for (var r = 0; r < predictions.Count; r++)
        {
            var byDocument = new long[DocumentCount][];
            for (var d = 0; d < DocumentCount; d++)
            {
                byDocument[d] = new long[ConfusionCounts.Length];
            }

            for (var i = 0; i < gold.Count; i++)
            {
                byDocument[_documentOfSentence[i]][ConfusionCounts.IndexOf(gold[i], predictions[r][i])]++;
            }

            result[r] = byDocument;
        }

        return result;
    }

    private double MeanOverRepetitions(long[][][] perDocument, int[]? draw, ConfusionFigure figure)
    {
        Span<long> counts = stackalloc long[ConfusionCounts.Length];
        var sum = 0.0;
        foreach (var repetition in perDocument)
        {
            counts.Clear();
            for (var d = 0; d < DocumentCount; d++)
            {
                var times = draw is null ? 1 : draw[d];
                if (times == 0)
                {
                    continue;
                }

                var document = repetition[d];
                for (var c = 0; c < counts.Length; c++)
                {
                    counts[c] += times * document[c];
                }
            }

            sum += figure(counts);
        }

        return sum / perDocument.Length;
    }
}
