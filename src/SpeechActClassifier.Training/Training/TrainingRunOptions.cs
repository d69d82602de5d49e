namespace SpeechActClassifier.Training;

/// <summary>What a <c>speechact train</c> run reads and how much it searches.</summary>
internal sealed record TrainingRunOptions
{
    /// <summary>The labelled TSV files to train on, in order.</summary>
    public required IReadOnlyList<string> TrainingFiles { get; init; }

    /// <summary>A labelled TSV file that is only tested on, never trained on or used to choose anything.</summary>
    public string? DevFile { get; init; }

    /// <summary>The seed of folds, bootstrap draws and every model.</summary>
    public int Seed { get; init; } = TrainingOptions.DefaultSeed;

    /// <summary>How much to search.</summary>
    public SearchMode Search { get; init; } = SearchMode.Quick;

    /// <summary>Folds of the grouped cross-validation (fewer when there are fewer source documents).</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Repetitions of the grouped cross-validation, each with its own document shuffle: 1 for a quick search, 5 for a full one.</summary>
    public int Repeats => Search == SearchMode.Full ? 5 : 1;
}
