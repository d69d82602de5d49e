namespace SpeechActClassifier.Training;

/// <summary>One source kind's figures.</summary>
/// <param name="Kind">The source kind (<see cref="SourceKinds"/>).</param>
/// <param name="Sentences">Its sentences.</param>
/// <param name="Documents">Its source documents.</param>
/// <param name="MacroF1">Macro-F1 on its sentences.</param>
internal sealed record SourceFigures(string Kind, int Sentences, int Documents, Interval MacroF1);
