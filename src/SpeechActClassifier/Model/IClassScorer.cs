namespace SpeechActClassifier.Model;

/// <summary>
/// Computes, for one feature vector, each class's calibrated one-versus-rest probability. <see cref="CompiledForest"/>
/// serves inference; ML.NET's engines (in the training package) are the reference it must reproduce and the
/// benchmarks' baseline. Implementations must be safe to call from many threads.
/// </summary>
internal interface IClassScorer
{
    /// <summary>Writes one probability per <see cref="SpeechActLabel"/> (by its numeric value) into <paramref name="probabilities"/>.</summary>
    /// <param name="features">A vector of <see cref="Features.FeatureLayout.Width"/> floats.</param>
    /// <param name="probabilities">At least <see cref="ClassProbabilities.ClassCount"/> floats; the values are not normalized.</param>
    void Score(ReadOnlySpan<float> features, Span<float> probabilities);
}
