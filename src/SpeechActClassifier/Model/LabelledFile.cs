namespace SpeechActClassifier.Model;

/// <summary>One labelled TSV file a model was trained on, as recorded in its manifest, metrics.json and model card.</summary>
/// <param name="Path">The path as given on the command line when relative, else the file name alone, so no machine path is recorded.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Rows">Number of labelled sentences read from it.</param>
public sealed record LabelledFile(string Path, string Sha256, int Rows);
