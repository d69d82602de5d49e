namespace SpeechActClassifier.Rules;

/// <summary>Facts about <see cref="CueCategory"/> that code sizing per-category buffers needs.</summary>
internal static class CueCategories
{
    /// <summary>
    /// How many categories there are, the length of every per-category table. Fewer than 64, so a category set fits
    /// one <see cref="ulong"/> bit mask, as the rules' evidence keeps it.
    /// </summary>
    public static int Count { get; } = Enum.GetValues<CueCategory>().Length;
}
