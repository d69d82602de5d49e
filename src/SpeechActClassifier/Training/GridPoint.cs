namespace SpeechActClassifier.Training;

/// <summary>One setting of the hyper-parameter search and its held-out macro-F1 on the seed sentences.</summary>
/// <param name="Options">The setting.</param>
/// <param name="CrossValidationMacroF1">Pooled macro-F1 of the stratified k-fold cross-validation.</param>
/// <param name="CrossDocumentMacroF1">Mean macro-F1 of the leave-one-document-out runs.</param>
internal sealed record GridPoint(TrainingOptions Options, double CrossValidationMacroF1, double CrossDocumentMacroF1)
{
    /// <summary>
    /// Whether this setting ranks above <paramref name="other"/>: higher cross-document macro-F1 first, because the
    /// project is judged on unseen news and speech sentences, not on the seed documents; the in-document
    /// cross-validation only breaks exact ties. Equal on both: neither ranks above, so the earlier (simpler) one stays.
    /// </summary>
    public bool RanksAbove(GridPoint other) =>
        CrossDocumentMacroF1 > other.CrossDocumentMacroF1
        || (CrossDocumentMacroF1 == other.CrossDocumentMacroF1 && CrossValidationMacroF1 > other.CrossValidationMacroF1);
}
