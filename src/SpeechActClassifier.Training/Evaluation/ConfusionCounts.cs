namespace SpeechActClassifier.Training;

/// <summary>
/// Figures computed straight from 9 confusion counts (gold-major, indexed by <see cref="SpeechActLabel"/> value), the
/// form the bootstrap sums documents in. They agree with <see cref="ClassificationMetrics"/> on the same counts.
/// </summary>
internal static class ConfusionCounts
{
    /// <summary>Number of counts: one per (gold, predicted) pair of the three classes.</summary>
    public const int Length = 9;

    /// <summary>The index of a (gold, predicted) pair.</summary>
    public static int IndexOf(SpeechActLabel gold, SpeechActLabel predicted) => (3 * (int)gold) + (int)predicted;

    /// <summary>The unweighted mean of the three classes' F1.</summary>
    public static double MacroF1(ReadOnlySpan<long> counts) =>
        (F1(counts, SpeechActLabel.Neutral) + F1(counts, SpeechActLabel.ThreatFraming) + F1(counts, SpeechActLabel.SecuritizingMove)) / 3;

    /// <summary>The F1 of <paramref name="label"/>: 2TP / (2TP + FP + FN), 0 when the class is neither gold nor predicted.</summary>
    public static double F1(ReadOnlySpan<long> counts, SpeechActLabel label)
    {
        var k = (int)label;
        long truePositives = counts[(3 * k) + k], gold = 0, predicted = 0;
        for (var j = 0; j < 3; j++)
        {
            gold += counts[(3 * k) + j];
            predicted += counts[(3 * j) + k];
        }

        var denominator = gold + predicted;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }

    /// <summary>Correct predictions of <paramref name="label"/> over all its predictions (0 when never predicted).</summary>
    public static double Precision(ReadOnlySpan<long> counts, SpeechActLabel label)
    {
        var k = (int)label;
        long predicted = 0;
        for (var j = 0; j < 3; j++)
        {
            predicted += counts[(3 * j) + k];
        }

        return predicted == 0 ? 0 : (double)counts[(3 * k) + k] / predicted;
    }

    /// <summary>Correct predictions of <paramref name="label"/> over its gold sentences (0 when it has none).</summary>
    public static double Recall(ReadOnlySpan<long> counts, SpeechActLabel label)
    {
        var k = (int)label;
        long gold = 0;
        for (var j = 0; j < 3; j++)
        {
            gold += counts[(3 * k) + j];
        }

        return gold == 0 ? 0 : (double)counts[(3 * k) + k] / gold;
    }

    /// <summary>Share of correct predictions.</summary>
    public static double Accuracy(ReadOnlySpan<long> counts)
    {
        long total = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        return total == 0 ? 0 : (double)(counts[0] + counts[4] + counts[8]) / total;
    }
}
