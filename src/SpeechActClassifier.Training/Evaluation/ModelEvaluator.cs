
namespace SpeechActClassifier.Training;

/// <summary>Scores a classifier against labelled sentences.</summary>
public static class ModelEvaluator
{
    /// <summary>Classifies every sentence of <paramref name="sentences"/> and compares with its gold label.</summary>
    /// <param name="classifier">The classifier to evaluate.</param>
    /// <param name="sentences">Labelled sentences, e.g. from <see cref="LabelledSentenceReader"/>.</param>
    /// <returns>The metrics.</returns>
    public static ClassificationMetrics Evaluate(SecuritizationClassifier classifier, IReadOnlyList<LabelledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        return Evaluate(s => classifier.Classify(s).Label, sentences);
    }

    /// <summary>Applies <paramref name="classify"/> to every sentence and compares with its gold label.</summary>
    /// <param name="classify">Any classifier, e.g. a baseline.</param>
    /// <param name="sentences">Labelled sentences.</param>
    /// <returns>The metrics.</returns>
    public static ClassificationMetrics Evaluate(Func<string, SpeechActLabel> classify, IReadOnlyList<LabelledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(classify);
        ArgumentNullException.ThrowIfNull(sentences);
        return ClassificationMetrics.From(sentences.Select(s => (s.Label, classify(s.Text))));
    }
}
