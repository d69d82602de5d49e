namespace SpeechActClassifier.Training;

/// <summary>
/// The settings <c>speechact train</c> searches: trees {25, 50, 100} x leaves {4, 8} x minimum examples per leaf
/// {2, 5}, learning rate fixed at FastTree's default. Small trees and leaves suit 105 training sentences; the grid
/// stays under a minute on one thread.
/// </summary>
internal static class HyperParameterGrid
{
    private static readonly int[] TreeCounts = [25, 50, 100];
    private static readonly int[] LeafCounts = [4, 8];
    private static readonly int[] MinimumExamplesPerLeaf = [2, 5];

    /// <summary>Every combination, simplest first, so ties go to the simpler model.</summary>
    public static IReadOnlyList<FastTreeHyperParameters> All { get; } =
        [.. from trees in TreeCounts
            from leaves in LeafCounts
            from minLeaf in MinimumExamplesPerLeaf.Reverse()
            select new FastTreeHyperParameters(trees, leaves, minLeaf, FastTreeHyperParameters.DefaultLearningRate)];
}
