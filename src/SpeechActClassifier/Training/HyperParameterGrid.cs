namespace SpeechActClassifier.Training;

/// <summary>
/// The settings <c>speechact train</c> searches: hashed n-grams {off, on} x unbalanced sets {off, on} x learning rate
/// {0.05, 0.2} x trees {25, 50} x leaves {4, 8} x minimum examples per leaf {5, 2}: 64 settings, about a minute on
/// two cores. Small trees suit 105 training sentences; the n-gram switch lets the search drop vocabulary that only
/// fits the seed documents; the unbalanced switch re-weighs the rare classes; the low learning rate keeps the trees
/// close to the rules' decision, which they receive as a feature. 100 trees were in an earlier grid and never came
/// out ahead on the seeds, so they were dropped to make room.
/// </summary>
internal static class HyperParameterGrid
{
    private static readonly int[] TreeCounts = [25, 50];
    private static readonly int[] LeafCounts = [4, 8];
    private static readonly int[] MinimumExamplesPerLeaf = [5, 2];
    private static readonly bool[] Switches = [false, true];
    private static readonly double[] LearningRates = [0.05, FastTreeHyperParameters.DefaultLearningRate];

    /// <summary>Every combination with <paramref name="seed"/>, simplest first (cues only, few trees, large leaves), so ties go to the simpler model.</summary>
    public static IReadOnlyList<TrainingOptions> All(int seed) =>
        [.. from ngrams in Switches
            from unbalanced in Switches
            from rate in LearningRates
            from trees in TreeCounts
            from leaves in LeafCounts
            from minLeaf in MinimumExamplesPerLeaf
            select new TrainingOptions
            {
                HyperParameters = new FastTreeHyperParameters(trees, leaves, minLeaf, rate, unbalanced),
                UseHashedNgrams = ngrams,
                Seed = seed,
            }];
}
