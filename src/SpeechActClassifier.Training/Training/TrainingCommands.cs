namespace SpeechActClassifier.Training;

/// <summary>The command lines that reproduce a training run's figures, written into metrics.json and the model card.</summary>
/// <param name="Train">The full <c>speechact train</c> command.</param>
/// <param name="EvalDev">The <c>speechact eval</c> command for the saved model on the development set, or empty without one.</param>
/// <param name="EvalDevRules">The same for the rules alone (<c>--classifier rules</c>), or empty without a development set.</param>
internal sealed record TrainingCommands(string Train, string EvalDev, string EvalDevRules);
