using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>Counts of (gold label, predicted label) pairs over a set of sentences.</summary>
public sealed class ConfusionMatrix
{
    private const int ClassCount = ClassProbabilities.ClassCount;
    private readonly int[,] _counts = new int[ClassCount, ClassCount];

    /// <summary>Number of pairs added.</summary>
    public int Count { get; private set; }

    /// <summary>How many sentences labelled <paramref name="gold"/> were predicted <paramref name="predicted"/>.</summary>
    /// <param name="gold">The gold label.</param>
    /// <param name="predicted">The predicted label.</param>
    public int this[SpeechActLabel gold, SpeechActLabel predicted] => _counts[(int)gold, (int)predicted];

    /// <summary>Adds one sentence's gold and predicted labels.</summary>
    /// <param name="gold">The gold label.</param>
    /// <param name="predicted">The predicted label.</param>
    public void Add(SpeechActLabel gold, SpeechActLabel predicted)
    {
        _counts[(int)gold, (int)predicted]++;
        Count++;
    }

    /// <summary>Adds every pair of <paramref name="other"/>, e.g. to pool the folds of a cross-validation.</summary>
    /// <param name="other">Another matrix.</param>
    public void Add(ConfusionMatrix other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var g = 0; g < ClassCount; g++)
        {
            for (var p = 0; p < ClassCount; p++)
            {
                _counts[g, p] += other._counts[g, p];
            }
        }

        Count += other.Count;
    }

    /// <summary>Number of sentences whose gold label is <paramref name="gold"/>.</summary>
    /// <param name="gold">A class.</param>
    public int GoldCount(SpeechActLabel gold)
    {
        var sum = 0;
        for (var p = 0; p < ClassCount; p++)
        {
            sum += _counts[(int)gold, p];
        }

        return sum;
    }

    /// <summary>Number of sentences predicted as <paramref name="predicted"/>.</summary>
    /// <param name="predicted">A class.</param>
    public int PredictedCount(SpeechActLabel predicted)
    {
        var sum = 0;
        for (var g = 0; g < ClassCount; g++)
        {
            sum += _counts[g, (int)predicted];
        }

        return sum;
    }
}
