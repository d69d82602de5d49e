
namespace SpeechActClassifier.Training;

/// <summary>The held-out figures of the model or of a baseline, all on the same folds.</summary>
/// <param name="Name">The candidate's name.</param>
/// <param name="Description">What it is, in one sentence.</param>
/// <param name="CrossValidation">Its figures on the repeated grouped cross-validation of the training files.</param>
/// <param name="ModelAdvantage">The model's macro-F1 minus this candidate's on the same folds and resamples; <see langword="null"/> for the model itself.</param>
/// <param name="Dev">Its figures on the development set after training on all the training files, if one was given.</param>
/// <param name="DevModelAdvantage">The model's development-set macro-F1 minus this candidate's, if a development set was given.</param>
internal sealed record CandidateResult(
    string Name,
    string Description,
    HeldOutFigures CrossValidation,
    Interval? ModelAdvantage,
    HeldOutFigures? Dev,
    Interval? DevModelAdvantage);
