namespace SpeechActClassifier.Training;

/// <summary>What <see cref="TrainingRun.Execute"/> produced: the search, the final model and the comparison.</summary>
/// <param name="Corpus">The training sentences and files.</param>
/// <param name="Options">How the run was asked to search.</param>
/// <param name="FoldCount">Folds of each repetition (fewer than asked when there are few documents).</param>
/// <param name="Search">Every setting tried, in grid order.</param>
/// <param name="Chosen">The winning setting, with the decision weights tuned on its held-out probabilities.</param>
/// <param name="Model">The final model, trained on every training sentence with <paramref name="Chosen"/>.</param>
/// <param name="Candidates">The model's figures first, then each baseline's.</param>
/// <param name="LearningCurve">Held-out macro-F1 against training size, if the run computed it.</param>
/// <param name="DevCount">Sentences of the development set, or 0.</param>
/// <param name="Duration">Wall-clock time of the run.</param>
internal sealed record TrainingRunResult(
    LabelledCorpus Corpus,
    TrainingRunOptions Options,
    int FoldCount,
    IReadOnlyList<SearchPoint> Search,
    TrainingOptions Chosen,
    TrainedModel Model,
    IReadOnlyList<CandidateResult> Candidates,
    IReadOnlyList<LearningCurvePoint> LearningCurve,
    int DevCount,
    TimeSpan Duration)
{
    /// <summary>The model's own figures.</summary>
    public CandidateResult Ours => Candidates[0];
}
