namespace SpeechActClassifier.Cli.Input;

/// <summary>One physical line of a file, decoded, or the reason it could not be.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The decoded line without its line break, or <see langword="null"/> when the bytes are not UTF-8.</param>
/// <param name="Error">Why the line could not be decoded.</param>
/// <param name="Bytes">The line's length in bytes, line break included.</param>
internal readonly record struct ByteLine(long Number, string? Text, string? Error, long Bytes);
