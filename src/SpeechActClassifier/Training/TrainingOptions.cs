namespace SpeechActClassifier.Training;

/// <summary>How <see cref="ModelTrainer"/> trains: the FastTree settings and the seed.</summary>
public sealed class TrainingOptions
{
    /// <summary>The fixed seed of every <c>MLContext</c>, FastTree model and fold split (1, as in ML.NET's samples).</summary>
    public const int DefaultSeed = 1;

    /// <summary>
    /// The settings the grid search of <c>speechact train</c> chose on the seed sentences (see models/README.md):
    /// used when a caller trains without a search.
    /// </summary>
    public static FastTreeHyperParameters DefaultHyperParameters { get; } = new(50, 4, 2, FastTreeHyperParameters.DefaultLearningRate);

    /// <summary>The FastTree settings of each one-versus-rest model.</summary>
    public FastTreeHyperParameters HyperParameters { get; init; } = DefaultHyperParameters;

    /// <summary>The seed; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = DefaultSeed;
}
