using SpeechActClassifier.Training;

namespace SpeechActClassifier.Evaluation;

/// <summary>A way to classify sentences that can be trained on one fold and tested on another, so models and baselines are compared on the same folds.</summary>
internal interface ITrainableClassifier
{
    /// <summary>The name used in metrics.json and the model card.</summary>
    string Name { get; }

    /// <summary>Trains on <paramref name="training"/> and returns the resulting classify function.</summary>
    Func<string, SpeechActLabel> Fit(IReadOnlyList<LabelledSentence> training);
}
