namespace SpeechActClassifier.Training;

/// <summary>One setting of the hyper-parameter search and its held-out macro-F1 on the seed sentences.</summary>
/// <param name="Options">The setting.</param>
/// <param name="CrossValidationMacroF1">Pooled macro-F1 of the stratified k-fold cross-validation.</param>
/// <param name="CrossDocumentMacroF1">Mean macro-F1 of the leave-one-document-out runs.</param>
internal sealed record GridPoint(TrainingOptions Options, double CrossValidationMacroF1, double CrossDocumentMacroF1)
{
    /// <summary>
    /// What the search maximizes: the mean of both figures, so a setting must also hold up on a document it never saw
    /// (the project is judged on unseen news and speech sentences, not on the seed documents).
    /// </summary>
    public double SelectionScore => (CrossValidationMacroF1 + CrossDocumentMacroF1) / 2;
}
