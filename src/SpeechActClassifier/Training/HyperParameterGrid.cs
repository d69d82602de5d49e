namespace SpeechActClassifier.Training;

/// <summary>
/// The settings <c>speechact train</c> searches: trees {25, 50, 100} x leaves {4, 8} x minimum examples per leaf
/// {2, 5} x hashed n-grams {on, off}, learning rate fixed at FastTree's default. Small trees suit 105 training
/// sentences; the n-gram switch lets the search drop vocabulary that only fits the seed documents.
/// </summary>
internal static class HyperParameterGrid
{
    private static readonly int[] TreeCounts = [25, 50, 100];
    private static readonly int[] LeafCounts = [4, 8];
    private static readonly int[] MinimumExamplesPerLeaf = [5, 2];
    private static readonly bool[] HashedNgrams = [false, true];

    /// <summary>Every combination with <paramref name="seed"/>, simplest first (cues only, few trees, large leaves), so ties go to the simpler model.</summary>
    public static IReadOnlyList<TrainingOptions> All(int seed) =>
        [.. from ngrams in HashedNgrams
            from trees in TreeCounts
            from leaves in LeafCounts
            from minLeaf in MinimumExamplesPerLeaf
            select new TrainingOptions
            {
                HyperParameters = new FastTreeHyperParameters(trees, leaves, minLeaf, FastTreeHyperParameters.DefaultLearningRate),
                UseHashedNgrams = ngrams,
                Seed = seed,
            }];
}
