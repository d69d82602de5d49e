using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>Accuracy, macro-F1 and per-class figures computed from a <see cref="ConfusionMatrix"/>.</summary>
public sealed class ClassificationMetrics
{
    private readonly ClassMetrics[] _perClass;

    private ClassificationMetrics(ConfusionMatrix confusion)
    {
        Confusion = confusion;
        Count = confusion.Count;
        _perClass = new ClassMetrics[ClassProbabilities.ClassCount];
        var correct = 0;
        var f1Sum = 0.0;
        foreach (var label in Labels)
        {
            var truePositives = confusion[label, label];
            correct += truePositives;
            var predicted = confusion.PredictedCount(label);
            var support = confusion.GoldCount(label);
            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = support == 0 ? 0 : (double)truePositives / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            _perClass[(int)label] = new ClassMetrics(precision, recall, f1, support);
            f1Sum += f1;
        }

        Accuracy = Count == 0 ? 0 : (double)correct / Count;
        MacroF1 = f1Sum / Labels.Count;
    }

    /// <summary>The classes in report order, strongest first: SecuritizingMove, ThreatFraming, Neutral.</summary>
    public static IReadOnlyList<SpeechActLabel> Labels { get; } = [SpeechActLabel.SecuritizingMove, SpeechActLabel.ThreatFraming, SpeechActLabel.Neutral];

    /// <summary>Number of sentences evaluated.</summary>
    public int Count { get; }

    /// <summary>Share of sentences whose predicted label equals the gold label.</summary>
    public double Accuracy { get; }

    /// <summary>Unweighted mean of the three classes' F1.</summary>
    public double MacroF1 { get; }

    /// <summary>The pairs the figures come from.</summary>
    public ConfusionMatrix Confusion { get; }

    /// <summary>Computes the figures of <paramref name="confusion"/>.</summary>
    /// <param name="confusion">Gold and predicted labels.</param>
    /// <returns>The metrics.</returns>
    public static ClassificationMetrics From(ConfusionMatrix confusion)
    {
        ArgumentNullException.ThrowIfNull(confusion);
        return new ClassificationMetrics(confusion);
    }

    /// <summary>Computes the figures of pairs of gold and predicted labels.</summary>
    /// <param name="pairs">One pair per sentence.</param>
    /// <returns>The metrics.</returns>
    public static ClassificationMetrics From(IEnumerable<(SpeechActLabel Gold, SpeechActLabel Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var confusion = new ConfusionMatrix();
        foreach (var (gold, predicted) in pairs)
        {
            confusion.Add(gold, predicted);
        }

        return new ClassificationMetrics(confusion);
    }

    /// <summary>The precision, recall, F1 and support of <paramref name="label"/>.</summary>
    /// <param name="label">A class.</param>
    /// <returns>Its figures.</returns>
    public ClassMetrics PerClass(SpeechActLabel label) => _perClass[(int)label];
}
