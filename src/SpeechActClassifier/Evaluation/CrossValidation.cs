using SpeechActClassifier.Training;

namespace SpeechActClassifier.Evaluation;

/// <summary>
/// Held-out evaluation on labelled sentences: stratified k-fold and leave-one-document-out. Predictions of all
/// held-out folds are pooled into one confusion matrix before the figures are computed.
/// </summary>
internal static class CrossValidation
{
    /// <summary>
    /// Assigns each sentence a fold in [0, <paramref name="folds"/>): within each class, sentences are shuffled with
    /// <paramref name="seed"/> and dealt round-robin, so every fold keeps the class proportions.
    /// </summary>
    public static int[] StratifiedFolds(IReadOnlyList<LabelledSentence> sentences, int folds, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var assignment = new int[sentences.Count];
        var random = new Random(seed);
        var next = 0;
        foreach (var label in Enum.GetValues<SpeechActLabel>().Order())
        {
            var members = Enumerable.Range(0, sentences.Count).Where(i => sentences[i].Label == label).ToArray();
            random.Shuffle(members);
            foreach (var index in members)
            {
                // Continue the deal across classes so small classes do not all start in fold 0.
                assignment[index] = next++ % folds;
            }
        }

        return assignment;
    }

    /// <summary>Trains on all folds but one and tests on it, for every fold; returns the pooled metrics.</summary>
    public static ClassificationMetrics Run(ITrainableClassifier candidate, IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<int> folds)
    {
        var confusion = new ConfusionMatrix();
        foreach (var fold in folds.Distinct().Order())
        {
            var training = sentences.Where((_, i) => folds[i] != fold).ToList();
            var test = sentences.Where((_, i) => folds[i] == fold).ToList();
            var classify = candidate.Fit(training);
            confusion.Add(ModelEvaluator.Evaluate(classify, test).Confusion);
        }

        return ClassificationMetrics.From(confusion);
    }

    /// <summary>For every source document: train on the other documents, test on it. Keyed by the test document.</summary>
    public static IReadOnlyList<(string TestSource, ClassificationMetrics Metrics)> CrossDocument(ITrainableClassifier candidate, IReadOnlyList<LabelledSentence> sentences)
    {
        var results = new List<(string, ClassificationMetrics)>();
        foreach (var source in sentences.Select(s => s.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var training = sentences.Where(s => s.Source != source).ToList();
            var test = sentences.Where(s => s.Source == source).ToList();
            results.Add((source, ModelEvaluator.Evaluate(candidate.Fit(training), test)));
        }

        return results;
    }
}
