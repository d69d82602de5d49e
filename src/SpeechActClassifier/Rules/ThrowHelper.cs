using System.Diagnostics.CodeAnalysis;

namespace SpeechActClassifier.Rules;

/// <summary>Throws kept out of the matching and parsing loops, so those stay small enough to inline and optimize.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowFormat(string sourceName, int lineNumber, string problem) =>
        throw new LexiconFormatException(sourceName, lineNumber, problem);

    [DoesNotReturn]
    public static void ThrowMissingResource(string resourceName) =>
        throw new InvalidOperationException(
            $"The embedded lexicon '{resourceName}' is missing from the SpeechActClassifier assembly. "
            + "Rebuild the library: every Rules/Lexicons/*.tsv file is embedded by SpeechActClassifier.csproj, "
            + "and LexiconResources.FileNames must list the same files.");
}
