using SpeechActClassifier.Rules;

namespace SpeechActClassifier.Tests.Rules;

/// <summary>Shared checks over the cues of a sentence.</summary>
internal static class CueAssert
{
    public static string Describe(string sentence, IEnumerable<Cue> cues) =>
        string.Join(" | ", cues.Select(c => $"{c.Category}{(c.IsNegated ? "!" : string.Empty)}:'{sentence.Substring(c.Start, c.Length)}'"));

    /// <summary>Asserts a cue of <paramref name="category"/> covers exactly <paramref name="text"/>.</summary>
    public static Cue Has(string sentence, IReadOnlyList<Cue> cues, CueCategory category, string text)
    {
        var match = cues.Where(c => c.Category == category && sentence.Substring(c.Start, c.Length) == text).ToList();
        Assert.True(match.Count > 0, $"expected {category}:'{text}' in: {Describe(sentence, cues)}");
        return match[0];
    }

    /// <summary>Asserts no cue of <paramref name="category"/> exists.</summary>
    public static void HasNo(string sentence, IReadOnlyList<Cue> cues, CueCategory category) =>
        Assert.False(cues.Any(c => c.Category == category), $"expected no {category} in: {Describe(sentence, cues)}");
}
