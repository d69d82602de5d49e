
namespace SpeechActClassifier.Training;

/// <summary>One point of the learning curve: the model trained on part of the training folds, tested on the held-out fold.</summary>
/// <param name="Name">What it was trained on, e.g. <c>seeds/labelled.tsv only</c> or <c>1,000 sentences</c>.</param>
/// <param name="TrainingSentences">Sentences trained on, the mean over the folds.</param>
/// <param name="MacroF1">Held-out macro-F1 over all folds, with a bootstrap 95% interval.</param>
internal sealed record LearningCurvePoint(string Name, int TrainingSentences, Interval MacroF1);
