using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Training;

/// <summary>The hand-written rules (<see cref="RuleBasedClassifier.Default"/>) as a baseline: nothing is learned, so every fold gets the same classifier.</summary>
internal sealed class RuleBasedBaseline : ITrainableClassifier
{
    /// <inheritdoc />
    public string Name => "ruleBased";

    /// <inheritdoc />
    public string Description => "the codebook's decision procedure over the lexicon cues (`RuleBasedClassifier`); it learns nothing from the folds";

    /// <inheritdoc />
    public Func<string, SpeechActLabel> Fit(IReadOnlyList<LabelledSentence> training) =>
        sentence => RuleBasedClassifier.Default.Classify(sentence.AsSpan());
}
