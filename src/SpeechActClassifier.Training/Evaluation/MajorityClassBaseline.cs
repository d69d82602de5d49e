
namespace SpeechActClassifier.Training;

/// <summary>Predicts the most frequent training label for every sentence (ties go to the lower class index).</summary>
internal sealed class MajorityClassBaseline : ITrainableClassifier
{
    /// <inheritdoc />
    public string Name => "majorityClass";

    /// <inheritdoc />
    public string Description => "the most frequent label of the training folds, for every sentence";

    /// <inheritdoc />
    public Func<string, SpeechActLabel> Fit(IReadOnlyList<LabelledSentence> training)
    {
        var majority = training.GroupBy(s => s.Label).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return _ => majority;
    }
}
