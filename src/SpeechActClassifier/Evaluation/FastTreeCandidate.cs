using SpeechActClassifier.Training;

namespace SpeechActClassifier.Evaluation;

/// <summary>This library's model (cue and hashed n-gram features, one-versus-rest FastTree) with given settings.</summary>
internal sealed class FastTreeCandidate : ITrainableClassifier
{
    private readonly TrainingOptions _options;

    public FastTreeCandidate(TrainingOptions options)
    {
        _options = options;
    }

    /// <inheritdoc />
    public string Name => "fastTreeOneVersusRest";

    /// <inheritdoc />
    public Func<string, SpeechActLabel> Fit(IReadOnlyList<LabelledSentence> training)
    {
        var classifier = ModelTrainer.Train(training, _options);
        return s => classifier.Classify(s).Label;
    }
}
