
namespace SpeechActClassifier.Training;

/// <summary>A baseline that can be trained on one fold and tested on another, so it is compared with the model on the same folds.</summary>
internal interface ITrainableClassifier
{
    /// <summary>The name used in metrics.json and the model card.</summary>
    string Name { get; }

    /// <summary>One sentence on what it is, for the model card.</summary>
    string Description { get; }

    /// <summary>Trains on <paramref name="training"/> and returns the resulting classify function.</summary>
    Func<string, SpeechActLabel> Fit(IReadOnlyList<LabelledSentence> training);
}
