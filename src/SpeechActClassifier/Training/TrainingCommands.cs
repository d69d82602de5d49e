namespace SpeechActClassifier.Training;

/// <summary>The command lines that reproduce a training run's figures, written into metrics.json and the model card.</summary>
/// <param name="TrainingFile">The training file as given on the command line.</param>
/// <param name="DevFile">The development file as given, or <see langword="null"/>.</param>
/// <param name="Train">The full <c>speechact train</c> command.</param>
/// <param name="EvalDev">The <c>speechact eval</c> command for the saved model on the development set, or empty.</param>
internal sealed record TrainingCommands(string TrainingFile, string? DevFile, string Train, string EvalDev);
