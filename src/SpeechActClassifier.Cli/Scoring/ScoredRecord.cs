using SpeechActClassifier.Cli.Input;
using SpeechActClassifier.Documents;

namespace SpeechActClassifier.Cli.Scoring;

/// <summary>An input record and its score, or its error: one output record.</summary>
/// <param name="Input">The record as read.</param>
/// <param name="Score">The document's score; <see langword="null"/> when the record has an error.</param>
internal sealed record ScoredRecord(InputRecord Input, DocumentScore? Score)
{
    /// <summary>The record's error, if any.</summary>
    public string? Error => Input.Error;

    /// <summary>The record's text, or empty for a record with an error.</summary>
    public string Text => Input.Text ?? string.Empty;

    /// <summary>Scores <paramref name="input"/> unless it has an error.</summary>
    public static ScoredRecord Of(InputRecord input, SecuritizationClassifier classifier, DocumentScoringOptions? options = null) =>
        new(input, input.Error is null ? classifier.ScoreDocument(input.Text!, options ?? DocumentScoringOptions.Default) : null);

    /// <summary><paramref name="input"/> unscored, with <paramref name="problem"/> as its error, prefixed with its file and line.</summary>
    public static ScoredRecord Failed(InputRecord input, string problem) =>
        new(InputRecord.Failed(input.Id, input.Source, input.Line, $"{input.Source}:{input.Line}: {problem}", input.Bytes), null);
}
