namespace SpeechActClassifier.Training;

/// <summary>One class's figures.</summary>
/// <param name="Label">The class.</param>
/// <param name="Support">Its gold sentences.</param>
/// <param name="Precision">Its precision.</param>
/// <param name="Recall">Its recall.</param>
/// <param name="F1">Its F1.</param>
internal sealed record ClassFigures(SpeechActLabel Label, int Support, Interval Precision, Interval Recall, Interval F1);
