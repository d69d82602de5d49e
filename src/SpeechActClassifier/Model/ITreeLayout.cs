namespace SpeechActClassifier.Model;

/// <summary>A memory layout of flattened trees that sums the leaves an input reaches, as ML.NET sums them.</summary>
internal interface ITreeLayout
{
    /// <summary>The number of trees.</summary>
    int TreeCount { get; }

    /// <summary>
    /// For each class, the sum in tree order and double precision of the leaves its trees reach: class <c>k</c> owns
    /// trees [<c>classStarts[k]</c>, <c>classStarts[k + 1]</c>).
    /// </summary>
    /// <param name="features">The feature vector.</param>
    /// <param name="classStarts">The first tree of each class, and one past the last tree.</param>
    /// <param name="sums">One sum per class.</param>
    void Sum(ReadOnlySpan<float> features, ReadOnlySpan<int> classStarts, Span<double> sums);
}
