namespace SpeechActClassifier.Training;

/// <summary>Precision, recall and F1 of one class, with its number of gold sentences.</summary>
/// <param name="Precision">Correct predictions of the class over all predictions of it (0 when it is never predicted).</param>
/// <param name="Recall">Correct predictions of the class over its gold sentences (0 when it has none).</param>
/// <param name="F1">Harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Support">Number of gold sentences of the class.</param>
public readonly record struct ClassMetrics(double Precision, double Recall, double F1, int Support);
