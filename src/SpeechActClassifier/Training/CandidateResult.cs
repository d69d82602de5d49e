using SpeechActClassifier.Evaluation;

namespace SpeechActClassifier.Training;

/// <summary>The held-out figures of one model or baseline.</summary>
/// <param name="Name">The candidate's name.</param>
/// <param name="CrossValidation">Pooled stratified k-fold metrics.</param>
/// <param name="CrossDocument">Metrics per held-out document, trained on the other document(s).</param>
/// <param name="Dev">Metrics on the development set after training on all seed sentences, if one was given.</param>
internal sealed record CandidateResult(
    string Name,
    ClassificationMetrics CrossValidation,
    IReadOnlyList<(string TestSource, ClassificationMetrics Metrics)> CrossDocument,
    ClassificationMetrics? Dev)
{
    /// <summary>Mean macro-F1 over the held-out documents.</summary>
    public double CrossDocumentMacroF1 => CrossDocument.Average(r => r.Metrics.MacroF1);
}
