namespace SpeechActClassifier.Training;

/// <summary>One row of a labelled TSV file (format: CODEBOOK.md, "File format for labelled sentences").</summary>
/// <param name="Id">The row's id, e.g. <c>seed0-003</c>.</param>
/// <param name="Label">The gold label.</param>
/// <param name="Source">Where the sentence came from, e.g. a document file name; cross-document evaluation groups by it.</param>
/// <param name="Text">The sentence.</param>
public sealed record LabelledSentence(string Id, SpeechActLabel Label, string Source, string Text);
