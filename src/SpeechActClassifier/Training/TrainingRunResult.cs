namespace SpeechActClassifier.Training;

/// <summary>What <see cref="TrainingRun.Execute"/> produced: the search, the final model and the comparison.</summary>
internal sealed record TrainingRunResult(
    IReadOnlyList<LabelledSentence> Sentences,
    string TrainingDataSha256,
    int Seed,
    IReadOnlyList<GridPoint> Search,
    GridPoint Chosen,
    SecuritizationClassifier Model,
    IReadOnlyList<CandidateResult> Comparisons,
    int DevCount);
