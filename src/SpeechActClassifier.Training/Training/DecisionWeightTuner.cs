using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>
/// Chooses the <see cref="DecisionWeights"/> that maximize macro-F1 on held-out class probabilities. A model trained
/// on 8% securitizing moves rarely makes that class the most probable one, although macro-F1 counts its F1 as much
/// as Neutral's; weighting the rare classes up trades a little Neutral precision for their recall.
/// </summary>
internal static class DecisionWeightTuner
{
    /// <summary>
    /// The weights tried for ThreatFraming and SecuritizingMove, Neutral's being 1: 2^(i/4) for i in [-4, 8], i.e.
    /// 0.5 to 4 in steps of about 19%. Wider ranges only ever helped on folds by chance in the project's corpus runs.
    /// </summary>
    private static readonly float[] Candidates = [.. Enumerable.Range(-4, 13).Select(i => (float)Math.Pow(2, i / 4.0))];

    /// <summary>
    /// The weights with the best macro-F1 of <paramref name="probabilities"/> (one triple per sentence, indexed by
    /// <see cref="SpeechActLabel"/> value) against <paramref name="gold"/>. Ties go to the weights closest to 1.
    /// </summary>
    public static DecisionWeights Tune(IReadOnlyList<float[]> probabilities, IReadOnlyList<SpeechActLabel> gold)
    {
        var best = DecisionWeights.None;
        var bestF1 = double.NegativeInfinity;
        var bestDistance = double.PositiveInfinity;
        Span<long> counts = stackalloc long[ConfusionCounts.Length];
        foreach (var threatFraming in Candidates)
        {
            foreach (var securitizingMove in Candidates)
            {
                var weights = new DecisionWeights(1f, threatFraming, securitizingMove);
                counts.Clear();
                for (var i = 0; i < gold.Count; i++)
                {
                    counts[ConfusionCounts.IndexOf(gold[i], weights.Decide(probabilities[i]))]++;
                }

                var f1 = ConfusionCounts.MacroF1(counts);
                var distance = Math.Abs(Math.Log(threatFraming)) + Math.Abs(Math.Log(securitizingMove));
                if (f1 > bestF1 || (f1 == bestF1 && distance < bestDistance))
                {
                    (best, bestF1, bestDistance) = (weights, f1, distance);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Labels out-of-fold probabilities with weights that never saw the labels of the fold they decide: the sentences
    /// of fold f get the weights tuned on the other folds' held-out probabilities. Tuning on all folds and scoring the
    /// same folds would flatter the weights.
    /// </summary>
    /// <param name="probabilities">Per sentence, its held-out class probabilities.</param>
    /// <param name="gold">Per sentence, the gold label.</param>
    /// <param name="folds">Per sentence, the fold it was held out in.</param>
    public static SpeechActLabel[] CrossFittedLabels(IReadOnlyList<float[]> probabilities, IReadOnlyList<SpeechActLabel> gold, IReadOnlyList<int> folds)
    {
        var labels = new SpeechActLabel[gold.Count];
        foreach (var fold in folds.Distinct())
        {
            var others = Enumerable.Range(0, gold.Count).Where(i => folds[i] != fold).ToArray();
            var weights = Tune(others.Select(i => probabilities[i]).ToArray(), others.Select(i => gold[i]).ToArray());
            for (var i = 0; i < gold.Count; i++)
            {
                if (folds[i] == fold)
                {
                    labels[i] = weights.Decide(probabilities[i]);
                }
            }
        }

        return labels;
    }
}
