namespace SpeechActClassifier.Model;

/// <summary>A memory layout of flattened trees that sums, per class, the leaves an input reaches.</summary>
internal interface ITreeLayout
{
    /// <summary>The number of trees.</summary>
    int TreeCount { get; }

    /// <summary>
    /// For each class, the sum in double precision of the leaves its trees reach. The classes' tree ranges were
    /// fixed when the layout was built.
    /// </summary>
    /// <param name="features">The feature vector.</param>
    /// <param name="sums">One sum per class.</param>
    void Sum(ReadOnlySpan<float> features, Span<double> sums);
}
