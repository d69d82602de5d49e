namespace SpeechActClassifier.Training;

/// <summary>A figure computed from 9 confusion counts (see <see cref="ConfusionCounts"/>), e.g. <see cref="ConfusionCounts.MacroF1"/>.</summary>
/// <param name="counts">The counts, gold-major, indexed by <see cref="SpeechActLabel"/> value.</param>
/// <returns>The figure.</returns>
internal delegate double ConfusionFigure(ReadOnlySpan<long> counts);
