namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// The one path every string a reader decodes goes through on its way into an <see cref="InputRecord"/>: a lone
/// UTF-16 surrogate (a JSON <c>"\ud800"</c> or <c>"\udc00"</c> escape, a reversed pair) becomes U+FFFD. One code unit
/// replaces one, so every offset the output gives still points into the text as decoded, and the JSON, CSV and HTML
/// writers never meet a string they cannot encode. Replacing, rather than failing the record, keeps the article: a
/// scraper that cut an emoji in half has still scraped an article worth scoring.
/// </summary>
internal static class WellFormedText
{
    /// <summary>The replacement character that stands for a lone surrogate.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary><paramref name="text"/> itself when it is well-formed UTF-16, else a copy with each lone surrogate replaced.</summary>
    public static string Of(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return text;
        }

        char[]? repaired = null;
        for (var i = first; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            repaired ??= text.ToCharArray();
            repaired[i] = Replacement;
        }

        return repaired is null ? text : new string(repaired);
    }
}
