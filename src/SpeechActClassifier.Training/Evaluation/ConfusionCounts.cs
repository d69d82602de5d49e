using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>
/// Figures computed straight from 9 confusion counts (gold-major, indexed by <see cref="SpeechActLabel"/> value), the
/// form the bootstrap sums documents in. They agree with <see cref="ClassificationMetrics"/> on the same counts.
/// </summary>
internal static class ConfusionCounts
{
    /// <summary>Number of counts: one per (gold, predicted) pair of the three classes.</summary>
    public const int Length = ClassProbabilities.ClassCount * ClassProbabilities.ClassCount;

    /// <summary>The index of a (gold, predicted) pair.</summary>
    public static int IndexOf(SpeechActLabel gold, SpeechActLabel predicted) => (ClassProbabilities.ClassCount * (int)gold) + (int)predicted;

    /// <summary>The unweighted mean of the classes' F1.</summary>
    public static double MacroF1(ReadOnlySpan<long> counts)
    {
        var sum = 0.0;
        for (var k = 0; k < ClassProbabilities.ClassCount; k++)
        {
            sum += F1(counts, (SpeechActLabel)k);
        }

        return sum / ClassProbabilities.ClassCount;
    }

    /// <summary>The F1 of <paramref name="label"/>: 2TP / (2TP + FP + FN), 0 when the class is neither gold nor predicted.</summary>
    public static double F1(ReadOnlySpan<long> counts, SpeechActLabel label)
    {
        var denominator = Gold(counts, label) + Predicted(counts, label);
        return denominator == 0 ? 0 : 2.0 * Correct(counts, label) / denominator;
    }

    /// <summary>Correct predictions of <paramref name="label"/> over all its predictions (0 when never predicted).</summary>
    public static double Precision(ReadOnlySpan<long> counts, SpeechActLabel label)
    {
        var predicted = Predicted(counts, label);
        return predicted == 0 ? 0 : (double)Correct(counts, label) / predicted;
    }

    /// <summary>Correct predictions of <paramref name="label"/> over its gold sentences (0 when it has none).</summary>
    public static double Recall(ReadOnlySpan<long> counts, SpeechActLabel label)
    {
        var gold = Gold(counts, label);
        return gold == 0 ? 0 : (double)Correct(counts, label) / gold;
    }

    private static long Correct(ReadOnlySpan<long> counts, SpeechActLabel label) => counts[IndexOf(label, label)];

    /// <summary>Sentences whose gold label is <paramref name="label"/>: its row.</summary>
    private static long Gold(ReadOnlySpan<long> counts, SpeechActLabel label)
    {
        long sum = 0;
        for (var predicted = 0; predicted < ClassProbabilities.ClassCount; predicted++)
        {
            sum += counts[IndexOf(label, (SpeechActLabel)predicted)];
        }

        return sum;
    }

    /// <summary>Sentences predicted as <paramref name="label"/>: its column.</summary>
    private static long Predicted(ReadOnlySpan<long> counts, SpeechActLabel label)
    {
        long sum = 0;
        for (var gold = 0; gold < ClassProbabilities.ClassCount; gold++)
        {
            sum += counts[IndexOf((SpeechActLabel)gold, label)];
        }

        return sum;
    }

    /// <summary>Share of correct predictions.</summary>
    public static double Accuracy(ReadOnlySpan<long> counts)
    {
        long total = 0, correct = 0;
        foreach (var c in counts)
        {
            total += c;
        }

        for (var k = 0; k < ClassProbabilities.ClassCount; k++)
        {
            correct += Correct(counts, (SpeechActLabel)k);
        }

        return total == 0 ? 0 : (double)correct / total;
    }
}
