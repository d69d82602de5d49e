namespace SpeechActClassifier.Cli.Input;

/// <summary>Where the text and the id sit in structured inputs.</summary>
/// <param name="TextField">The JSONL property holding the text.</param>
/// <param name="IdField">The JSONL property holding the id.</param>
/// <param name="TextColumn">The CSV/TSV header naming the text column.</param>
/// <param name="IdColumn">The CSV/TSV header naming the id column.</param>
internal sealed record InputOptions(string TextField = "text", string IdField = "id", string TextColumn = "text", string IdColumn = "id");
