namespace SpeechActClassifier.Training;

/// <summary>The figures of one classifier's held-out predictions, each with a bootstrap 95% interval over documents.</summary>
/// <param name="Sentences">Number of sentences.</param>
/// <param name="Repetitions">How many predictions each sentence has (repetitions of the cross-validation; 1 for a test set).</param>
/// <param name="MacroF1">Macro-F1, the mean over repetitions.</param>
/// <param name="Accuracy">Accuracy, the mean over repetitions.</param>
/// <param name="PerClass">Precision, recall and F1 of each class, strongest class first.</param>
/// <param name="PerSource">Macro-F1 of each source kind's sentences.</param>
/// <param name="Confusion">Gold against predicted labels, summed over the repetitions.</param>
internal sealed record HeldOutFigures(
    int Sentences,
    int Repetitions,
    Interval MacroF1,
    Interval Accuracy,
    IReadOnlyList<ClassFigures> PerClass,
    IReadOnlyList<SourceFigures> PerSource,
    ClassificationMetrics Confusion)
{
    /// <summary>The figures of <paramref name="predictions"/> (per repetition, per sentence of <paramref name="set"/>).</summary>
    public static HeldOutFigures Compute(EvaluationSet set, IReadOnlyList<SpeechActLabel[]> predictions)
    {
        var perClass = ClassificationMetrics.Labels.Select(label => new ClassFigures(
            label,
            set.Gold.Count(g => g == label),
            set.Bootstrap.Estimate(set.Gold, predictions, c => ConfusionCounts.Precision(c, label)),
            set.Bootstrap.Estimate(set.Gold, predictions, c => ConfusionCounts.Recall(c, label)),
            set.Bootstrap.Estimate(set.Gold, predictions, c => ConfusionCounts.F1(c, label)))).ToArray();
        var perSource = set.Kinds.Select(kind => new SourceFigures(
            kind.Kind,
            kind.Sentences.Length,
            kind.Bootstrap.DocumentCount,
            kind.Bootstrap.Estimate(
                kind.Sentences.Select(i => set.Gold[i]).ToArray(),
                predictions.Select(p => kind.Sentences.Select(i => p[i]).ToArray()).ToArray(),
                ConfusionCounts.MacroF1))).ToArray();
        var confusion = new ConfusionMatrix();
        foreach (var repetition in predictions)
        {
            for (var i = 0; i < set.Gold.Count; i++)
            {
                confusion.Add(set.Gold[i], repetition[i]);
            }
        }

        return new HeldOutFigures(
            set.Gold.Count,
            predictions.Count,
            set.Bootstrap.Estimate(set.Gold, predictions, ConfusionCounts.MacroF1),
            set.Bootstrap.Estimate(set.Gold, predictions, ConfusionCounts.Accuracy),
            perClass,
            perSource,
            ClassificationMetrics.From(confusion));
    }
}
