using SpeechActClassifier.Model;

namespace SpeechActClassifier.Training;

/// <summary>
/// The settings a training run compares by grouped cross-validation. Every setting is tried with and without the
/// hashed n-gram block, because whether word n-grams add to the cues depends on how much data there is.
/// </summary>
internal static class SearchGrid
{
    /// <summary>
    /// Tree shapes: many small trees at a low rate (stay close to the rules' decision, a feature), and fewer larger
    /// trees that can learn interactions of cue categories. The full search adds FastTree's UnbalancedSets.
    /// </summary>
    private static readonly FastTreeHyperParameters[] QuickShapes =
    [
        new(100, 8, 10, 0.1),
        new(300, 16, 20, 0.05),
    ];

    private static readonly FastTreeHyperParameters[] FullShapes =
    [
        new(100, 4, 20, 0.1),
        new(100, 8, 10, 0.1),
        new(300, 8, 10, 0.05),
        new(300, 16, 20, 0.05),
    ];

    /// <summary>The settings of <paramref name="mode"/> with <paramref name="seed"/>, simplest first, so ties keep the simpler one.</summary>
    public static IReadOnlyList<TrainingOptions> For(SearchMode mode, int seed) =>
    [
        .. from ngrams in new[] { false, true }
           from unbalanced in mode == SearchMode.Full ? new[] { false, true } : [false]
           from shape in mode == SearchMode.Full ? FullShapes : QuickShapes
           select new TrainingOptions
           {
               HyperParameters = shape with { UnbalancedSets = unbalanced },
               UseHashedNgrams = ngrams,
               Seed = seed,
           },
    ];
}
