using System.Collections.Frozen;

namespace SpeechActClassifier.Text;

/// <summary>
/// Recognizes the remnants of HTML and Markdown that scraped news and papers carry (tags, footnote markers,
/// heading and list prefixes), so the sentence splitter can skip them. Every scan is bounded, so callers stay linear.
/// </summary>
internal static class Markup
{
    /// <summary>Longest tag looked for; a '&lt;' without a '&gt;' this close is ordinary text.</summary>
    private const int MaxTagLength = 1024;

    /// <summary>Longest footnote marker: "[123]" or "[12-15]".</summary>
    private const int MaxFootnoteLength = 12;

    /// <summary>HTML elements that start or end a block of text, so a sentence never runs across them.</summary>
    private static readonly SpanLookup<bool> BlockTags = new(new[]
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "title", "tr", "ul",
    }.Select(tag => KeyValuePair.Create(tag, true)), StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a character that ends a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' or '\v' or '\f';

    /// <summary>How many line breaks the character at <paramref name="index"/> is worth: "\r\n" counts once, a paragraph separator or form feed twice.</summary>
    public static int LineBreakWeight(ReadOnlySpan<char> text, int index) => text[index] switch
    {
        '\r' => index + 1 < text.Length && text[index + 1] == '\n' ? 0 : 1,
        '\n' or '\u0085' or '\u2028' or '\v' => 1,
        '\u2029' or '\f' => 2,
        _ => 0,
    };

    /// <summary>
    /// White space, a control or formatting character, or a lone surrogate: characters that separate words
    /// and never begin or end a sentence.
    /// </summary>
    public static bool IsBlank(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        if (CharClass.IsSpace(c) || char.IsControl(c) || CharClass.IsFormat(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(text[index - 1]));
    }

    /// <summary>
    /// Reads an HTML tag, comment or autolink starting at <paramref name="start"/> ('&lt;' followed by a letter,
    /// '/' or '!', up to the next '&gt;').
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Index of the '&lt;'.</param>
    /// <param name="end">Index just past the '&gt;'.</param>
    /// <param name="isBlock">True for a block element such as <c>&lt;p&gt;</c> or <c>&lt;/li&gt;</c>.</param>
    /// <returns>False when the '&lt;' is ordinary text ("a &lt; b").</returns>
    public static bool TryReadTag(ReadOnlySpan<char> text, int start, out int end, out bool isBlock)
    {
        end = start;
        isBlock = false;
        if (start + 2 >= text.Length || text[start] != '<')
        {
            return false;
        }

        var nameStart = start + 1;
        if (text[nameStart] == '/')
        {
            nameStart++;
        }

        if (nameStart >= text.Length || !(char.IsAsciiLetter(text[nameStart]) || text[nameStart] == '!'))
        {
            return false;
        }

        var limit = Math.Min(text.Length, start + MaxTagLength);
        var close = -1;
        for (var i = nameStart; i < limit; i++)
        {
            if (text[i] == '>')
            {
                close = i;
                break;
            }

            // A second '<' means the first was not a tag; stopping here keeps repeated attempts linear.
            if (text[i] == '<')
            {
                return false;
            }
        }

        if (close < 0)
        {
            return false;
        }

        var nameEnd = nameStart;
        while (nameEnd < close && char.IsAsciiLetterOrDigit(text[nameEnd]))
        {
            nameEnd++;
        }

        isBlock = nameEnd > nameStart && BlockTags.Contains(text[nameStart..nameEnd]);
        end = close + 1;
        return true;
    }

    /// <summary>
    /// Reads a footnote marker starting at <paramref name="start"/>: "[2]", "[12, 13]", "[3-5]", superscript digits
    /// ("¹²") or a short HTML superscript ("&lt;sup&gt;4&lt;/sup&gt;").
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Index of the marker's first character.</param>
    /// <param name="end">Index just past the marker.</param>
    /// <returns>False when no marker starts at <paramref name="start"/>.</returns>
    public static bool TryReadFootnote(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var c = text[start];
        if (IsSuperscriptDigit(c))
        {
            end = start + 1;
            while (end < text.Length && end - start < MaxFootnoteLength && IsSuperscriptDigit(text[end]))
            {
                end++;
            }

            return true;
        }

        if (c == '<')
        {
            return TryReadSuperscriptTag(text, start, out end);
        }

        if (c != '[' || start + 2 >= text.Length || !char.IsAsciiDigit(text[start + 1]))
        {
            return false;
        }

        var limit = Math.Min(text.Length, start + MaxFootnoteLength);
        for (var i = start + 2; i < limit; i++)
        {
            c = text[i];
            if (c == ']')
            {
                end = i + 1;
                return true;
            }

            if (!(char.IsAsciiDigit(c) || c is ',' or '-' or '\u2013' or ' '))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Reads "&lt;sup&gt;…&lt;/sup&gt;" with at most <see cref="MaxFootnoteLength"/> characters inside.</summary>
    private static bool TryReadSuperscriptTag(ReadOnlySpan<char> text, int start, out int end)
    {
        const string open = "<sup>";
        const string close = "</sup>";
        end = start;
        var rest = text[start..];
        if (!rest.StartsWith(open, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var inner = rest[open.Length..];
        var closeAt = inner[..Math.Min(inner.Length, MaxFootnoteLength + close.Length)].IndexOf(close, StringComparison.OrdinalIgnoreCase);
        if (closeAt < 0 || closeAt > MaxFootnoteLength || inner[..closeAt].Contains('<'))
        {
            return false;
        }

        end = start + open.Length + closeAt + close.Length;
        return true;
    }

    /// <summary>Superscript digits, as footnote references are often typed: "¹", "²", "³", "⁰".."⁹".</summary>
    private static bool IsSuperscriptDigit(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or (>= '\u2070' and <= '\u2079');

    /// <summary>
    /// Moves past everything that cannot begin a sentence: blanks, tags, footnote markers, emphasis marks,
    /// table bars, heading marks, list bullets and list numbers at the start of a line.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where to start looking.</param>
    /// <returns>Index of the first character of the next sentence, or the text's length.</returns>
    public static int SkipToContent(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsBlank(text, i) || c is '*' or '_' or '|' or '\\')
            {
                i++;
                continue;
            }

            if (TryReadFootnote(text, i, out var markerEnd))
            {
                i = markerEnd;
                continue;
            }

            if (c == '<' && TryReadTag(text, i, out var tagEnd, out _))
            {
                i = tagEnd;
                continue;
            }

            var prefixEnd = PrefixEnd(text, i);
            if (prefixEnd > i)
            {
                i = prefixEnd;
                continue;
            }

            return i;
        }

        return text.Length;
    }

    /// <summary>
    /// The end of a rule ("---"), heading mark ("### "), blockquote mark ("> "), bullet ("- ", "• ") or, at the start of a line,
    /// a list number ("2. ", "3) ") at <paramref name="index"/>; <paramref name="index"/> itself when there is none.
    /// </summary>
    private static int PrefixEnd(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        var i = index;
        if (c is '-' or '=' or '~' or ':')
        {
            // Rules and table separators: "---", "===", ":---:".
            var rules = 0;
            while (i < text.Length && text[i] is '-' or '=' or '~' or ':')
            {
                rules += text[i] == ':' ? 0 : 1;
                i++;
            }

            if (rules >= 3)
            {
                return i;
            }

            i = index;
        }

        if (c == '#')
        {
            while (i < text.Length && text[i] == '#')
            {
                i++;
            }

            return i == text.Length || CharClass.IsSpace(text[i]) ? i : index;
        }

        if (c is '-' or '+' or '>' or '\u2022' or '\u2023' or '\u25E6' or '\u25AA' or '\u25CF' or '\u00B7' or '\u2013' or '\u2014')
        {
            return index + 1 == text.Length || CharClass.IsSpace(text[index + 1]) ? index + 1 : index;
        }

        if (char.IsAsciiDigit(c) && IsAtLineStart(text, index))
        {
            while (i < text.Length && i - index < 3 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i + 1 < text.Length && text[i] is '.' or ')' && text[i + 1] is ' ' or '\t')
            {
                return i + 1;
            }
        }

        return index;
    }

    /// <summary>True when only blanks and markup stand between <paramref name="index"/> and the start of its line.</summary>
    private static bool IsAtLineStart(ReadOnlySpan<char> text, int index)
    {
        // A list prefix is short ("  - 1. "); looking back a few characters is enough and keeps this O(1).
        const int MaxIndent = 8;
        for (var i = index - 1; i >= 0 && index - i <= MaxIndent; i--)
        {
            var c = text[i];
            if (IsLineBreak(c))
            {
                return true;
            }

            if (!(c is ' ' or '\t' or '*' or '>' or '-' or '#'))
            {
                return false;
            }
        }

        return index <= MaxIndent && text[..index].Trim(" \t*>-#").IsEmpty;
    }
}
