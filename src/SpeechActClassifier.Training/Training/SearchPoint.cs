
namespace SpeechActClassifier.Training;

/// <summary>One setting of the search and its grouped cross-validation macro-F1 (labels from cross-fitted decision weights).</summary>
/// <param name="Options">The setting.</param>
/// <param name="MacroF1">Its held-out macro-F1, the mean over repetitions, with a bootstrap 95% interval.</param>
internal sealed record SearchPoint(TrainingOptions Options, Interval MacroF1);
