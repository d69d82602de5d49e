namespace SpeechActClassifier.Model;

/// <summary>
/// One class's one-versus-rest model as the library runs it: a boosted tree ensemble, its bias, and the Platt
/// calibrator that turns the ensemble's score into a probability. This is what a model file holds per class
/// (<see cref="ModelFile"/>) and what <see cref="CompiledForest"/> compiles; the training package exports it from
/// ML.NET's FastTree models.
/// </summary>
/// <param name="Bias">Added to the sum of the trees' leaves (the ensemble's bias).</param>
/// <param name="PlattSlope">The calibrator's slope: probability = 1 / (1 + exp(slope * score + offset)).</param>
/// <param name="PlattOffset">The calibrator's offset.</param>
/// <param name="Trees">The trees, in boosting order.</param>
internal sealed record ClassTrees(double Bias, double PlattSlope, double PlattOffset, IReadOnlyList<FlatTree> Trees);
