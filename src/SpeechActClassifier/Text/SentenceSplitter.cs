namespace SpeechActClassifier.Text;

/// <summary>
/// Splits English prose (news, papers, scraped web pages) into <see cref="Sentence"/> ranges without allocating.
/// </summary>
/// <remarks>
/// <para>
/// A sentence ends at '.', '?', '!' or an ellipsis, with any closing quotes and brackets, when white space, a tag
/// or a footnote marker follows and the next word does not start in lower case. A full stop after a known
/// abbreviation ("Dr.", "e.g.", "No. 5"), an initial ("Louis A. Johnson") or inside a number ("3.5", "22.06.1994")
/// does not end one. A blank line ends a sentence, unless the paragraph stops without punctuation and the next
/// starts in lower case (a page break inside a sentence). A line without final punctuation followed by a line that
/// starts with a capital or with markup (a heading, a list item) is a sentence of its own.
/// </para>
/// <para>
/// Markup never belongs to a range: footnote markers ("[2]"), HTML tags, Markdown heading marks, bullets,
/// emphasis marks and table separators are skipped; block tags (<c>&lt;p&gt;</c>, <c>&lt;/li&gt;</c>), tabs
/// and '|' end a sentence. Ranges index the original text, are trimmed, never empty, never overlap and come in
/// order. The whole text is read in linear time.
/// </para>
/// </remarks>
internal static class SentenceSplitter
{
    /// <summary>
    /// The longest sentence returned, in UTF-16 characters. A run of text with no boundary this long (a table
    /// flattened to one line, a text without punctuation) is cut into pieces of at most this length, at the last
    /// space or comma of the piece's second half when there is one.
    /// </summary>
    public const int MaxSentenceLength = 1000;

    /// <summary>Longest abbreviation looked up before a full stop ("approx", "U.S.A").</summary>
    private const int MaxAbbreviationLength = 12;

    /// <summary>Longest word looked up as a sentence starter after an ambiguous abbreviation ("Furthermore").</summary>
    private const int MaxStarterLength = 16;

    /// <summary>Opening quotes and brackets looked past before a sentence starter ("“The").</summary>
    private const int MaxOpeners = 3;

    /// <summary>Enumerates the sentences of <paramref name="text"/> lazily, with no allocation.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>An enumerator for <c>foreach</c>; each <see cref="Sentence"/> is a range of <paramref name="text"/>.</returns>
    public static SentenceEnumerator Enumerate(ReadOnlySpan<char> text) => new(text);

    /// <summary>Returns every sentence of <paramref name="text"/> (a convenience over <see cref="Enumerate"/>).</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The sentence ranges in text order; empty for empty or blank text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        foreach (var sentence in new SentenceEnumerator(text))
        {
            sentences.Add(sentence);
        }

        return sentences;
    }

    /// <summary>Reads the next sentence at or after <paramref name="position"/> and moves past it.</summary>
    internal static bool TryReadSentence(ReadOnlySpan<char> text, ref int position, out Sentence sentence)
    {
        while (position < text.Length)
        {
            var start = Markup.SkipToContent(text, position);
            if (start >= text.Length)
            {
                break;
            }

            var end = FindEnd(text, start, out var next);
            position = Math.Max(next, start + 1);
            if (end > start)
            {
                sentence = new Sentence(start, end - start);
                return true;
            }
        }

        position = text.Length;
        sentence = default;
        return false;
    }

    /// <summary>
    /// Finds where the sentence starting at <paramref name="start"/> (a content character) ends.
    /// Returns the end of its last content character; <paramref name="next"/> is where to look for the next one.
    /// </summary>
    private static int FindEnd(ReadOnlySpan<char> text, int start, out int next)
    {
        var lastContentEnd = start;
        var i = start;
        while (i < text.Length)
        {
            if (i - start >= MaxSentenceLength)
            {
                return Cut(text, start, out next);
            }

            var c = text[i];
            if (IsStop(c))
            {
                var limit = Math.Min(text.Length, start + MaxSentenceLength);
                var runEnd = i + 1;
                while (runEnd < limit && IsStop(text[runEnd]))
                {
                    runEnd++;
                }

                var contentEnd = runEnd;
                var closersEnd = runEnd;
                while (closersEnd < limit && IsCloser(text[closersEnd]))
                {
                    closersEnd++;
                    if (text[closersEnd - 1] is not ('*' or '_'))
                    {
                        contentEnd = closersEnd;
                    }
                }

                var nextStart = SkipSeparators(text, closersEnd, out var lineBreaks, out var sawBlockTag);
                var separated = nextStart > closersEnd || nextStart >= text.Length;
                if (separated ? EndsSentence(text, i, runEnd, nextStart, lineBreaks, sawBlockTag) : IsGluedBoundary(text, i, nextStart))
                {
                    next = nextStart;
                    return contentEnd;
                }

                lastContentEnd = contentEnd;
                i = closersEnd;
                continue;
            }

            if (Markup.IsLineBreak(c))
            {
                var nextStart = SkipBlanks(text, i, out var lineBreaks);
                if (nextStart >= text.Length || IsLineBoundary(text, start, lastContentEnd, nextStart, lineBreaks))
                {
                    next = nextStart;
                    return Finish(text, start, lastContentEnd, ref next);
                }

                i = nextStart;
                continue;
            }

            if (c is '\t' or '|')
            {
                // Table cells and columns of a flattened layout are never one sentence.
                next = i + 1;
                return Finish(text, start, lastContentEnd, ref next);
            }

            if (Markup.TryReadFootnote(text, i, out var markerEnd))
            {
                i = markerEnd;
                continue;
            }

            if (c == '<' && Markup.TryReadTag(text, i, out var tagEnd, out var isBlock))
            {
                if (isBlock)
                {
                    next = tagEnd;
                    return Finish(text, start, lastContentEnd, ref next);
                }

                i = tagEnd;
                continue;
            }

            if (c == '*')
            {
                var runEnd = i + 1;
                while (runEnd < text.Length && text[runEnd] == '*')
                {
                    runEnd++;
                }

                // "**Extended Abstract****Background**": a bold span closed and the next opened are two headings.
                if (runEnd - i >= 4)
                {
                    next = runEnd;
                    return Finish(text, start, lastContentEnd, ref next);
                }

                i = runEnd;
                continue;
            }

            if (c == '_' || Markup.IsBlank(text, i))
            {
                i++;
                continue;
            }

            i += char.IsHighSurrogate(c) ? 2 : 1;
            lastContentEnd = i;
        }

        next = text.Length;
        return Finish(text, start, lastContentEnd, ref next);
    }

    /// <summary>Returns <paramref name="end"/>, or cuts the sentence when it is longer than <see cref="MaxSentenceLength"/>.</summary>
    private static int Finish(ReadOnlySpan<char> text, int start, int end, ref int next) =>
        end - start > MaxSentenceLength ? Cut(text, start, out next) : end;

    /// <summary>
    /// Cuts a run with no boundary: at the last space or after the last comma or semicolon in the second half of
    /// the next <see cref="MaxSentenceLength"/> characters, else at that length (never inside a surrogate pair).
    /// Looking back at most half a piece while every piece advances at least half a piece keeps this linear.
    /// </summary>
    private static int Cut(ReadOnlySpan<char> text, int start, out int next)
    {
        var limit = Math.Min(text.Length, start + MaxSentenceLength);
        var floor = start + (MaxSentenceLength / 2);
        var cut = -1;
        for (var j = limit - 1; j >= floor; j--)
        {
            var c = text[j];
            if (CharClass.IsSpace(c))
            {
                cut = j;
                break;
            }

            if (c is ',' or ';')
            {
                cut = j + 1;
                break;
            }
        }

        if (cut < 0)
        {
            cut = limit;
            if (cut < text.Length && char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }
        }

        next = cut;
        var end = cut;
        while (end > start + 1 && (Markup.IsBlank(text, end - 1) || text[end - 1] is '*' or '_'))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Skips what may stand between a stop and the next sentence: blanks, tags, footnote markers, emphasis marks.
    /// </summary>
    private static int SkipSeparators(ReadOnlySpan<char> text, int index, out int lineBreaks, out bool sawBlockTag)
    {
        lineBreaks = 0;
        sawBlockTag = false;
        var i = index;
        while (i < text.Length)
        {
            var c = text[i];
            if (Markup.IsBlank(text, i))
            {
                lineBreaks += Markup.LineBreakWeight(text, i);
                i++;
            }
            else if (c is '*' or '_')
            {
                i++;
            }
            else if (Markup.TryReadFootnote(text, i, out var markerEnd))
            {
                i = markerEnd;
            }
            else if (c == '<' && Markup.TryReadTag(text, i, out var tagEnd, out var isBlock))
            {
                sawBlockTag |= isBlock;
                i = tagEnd;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Skips blanks from a line break at <paramref name="index"/>, counting line breaks (2 or more is a blank line).</summary>
    private static int SkipBlanks(ReadOnlySpan<char> text, int index, out int lineBreaks)
    {
        lineBreaks = 0;
        var i = index;
        while (i < text.Length && Markup.IsBlank(text, i))
        {
            lineBreaks += Markup.LineBreakWeight(text, i);
            i++;
        }

        return i;
    }

    /// <summary>Decides whether the stop run <paramref name="stop"/>..<paramref name="runEnd"/> ends a sentence.</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text, int stop, int runEnd, int nextStart, int lineBreaks, bool sawBlockTag)
    {
        if (nextStart >= text.Length || sawBlockTag || lineBreaks >= 2)
        {
            return true;
        }

        var next = text[nextStart];

        // A lower-case word goes on with the sentence, and so does a spaced ellipsis (". . .").
        if (char.IsLower(next) || IsStop(next))
        {
            return false;
        }

        // '?', '!', an ellipsis or a run of stops: only a lower-case continuation keeps the sentence going.
        if (text[stop] != '.' || runEnd - stop > 1)
        {
            return true;
        }

        switch (AbbreviationBefore(text, stop))
        {
            case AbbreviationKind.None:
                return true;
            case AbbreviationKind.Title or AbbreviationKind.Inner:
                return false;
            case AbbreviationKind.Number when CharClass.IsDigit(next):
                return false;
            default:
                return lineBreaks > 0 || StartsWithStarter(text, nextStart);
        }
    }

    /// <summary>
    /// True when a stop at <paramref name="stop"/> is glued to the next sentence, as text extracted from HTML
    /// paragraphs often is ("talks ended.Russia left"): a lower-case word before it and a capitalized word after
    /// it. Numbers ("3.5"), initialisms ("U.S.Army") and names ("ASP.NET") do not match.
    /// </summary>
    private static bool IsGluedBoundary(ReadOnlySpan<char> text, int stop, int nextStart)
    {
        if (nextStart + 1 >= text.Length || !char.IsUpper(text[nextStart]) || !char.IsLower(text[nextStart + 1]))
        {
            return false;
        }

        return stop >= 2 && char.IsLower(text[stop - 1]) && char.IsLower(text[stop - 2]);
    }

    /// <summary>
    /// Decides whether a line break (<paramref name="lineBreaks"/> of them before <paramref name="nextStart"/>)
    /// ends the sentence that runs from <paramref name="start"/> to <paramref name="lastContentEnd"/>.
    /// </summary>
    private static bool IsLineBoundary(ReadOnlySpan<char> text, int start, int lastContentEnd, int nextStart, int lineBreaks)
    {
        var next = text[nextStart];
        if (lineBreaks >= 2)
        {
            // A paragraph that stops mid-sentence and goes on in lower case was split by a page break.
            return !(char.IsLower(next) && !EndsWithStop(text, start, lastContentEnd));
        }

        if (char.IsLower(next))
        {
            return false;
        }

        // A heading or list line: the next line starts with markup or a capital after a line that does not run on.
        return Markup.SkipToContent(text, nextStart) > nextStart || !LineRunsOn(text, start, lastContentEnd);
    }

    /// <summary>True when the sentence so far ends with a stop, possibly followed by closing quotes or brackets.</summary>
    private static bool EndsWithStop(ReadOnlySpan<char> text, int start, int end)
    {
        var i = end - 1;
        while (i > start && IsCloser(text[i]))
        {
            i--;
        }

        return i >= start && IsStop(text[i]);
    }

    /// <summary>
    /// True when a line ending at <paramref name="end"/> plainly continues on the next line: it ends with a comma,
    /// a dash or an opening bracket, a title abbreviation ("Dr.") or a word like "the" that cannot end a sentence.
    /// </summary>
    private static bool LineRunsOn(ReadOnlySpan<char> text, int start, int end)
    {
        var last = text[end - 1];
        if (last is ',' or '-' or '\u2013' or '\u2014' or '(' or '[' or '/' or '&' or '\u201C' or '\u2018')
        {
            return true;
        }

        if (last == '.')
        {
            return AbbreviationBefore(text, end - 1) is AbbreviationKind.Title or AbbreviationKind.Inner;
        }

        var wordStart = end;
        while (wordStart > start && end - wordStart < MaxStarterLength && CharClass.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < end
            && (wordStart == start || !CharClass.IsLetter(text[wordStart - 1]))
            && SentenceLexicon.Instance.IsJoiningWord(text[wordStart..end]);
    }

    /// <summary>The kind of abbreviation that ends just before the full stop at <paramref name="dot"/>.</summary>
    private static AbbreviationKind AbbreviationBefore(ReadOnlySpan<char> text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && dot - wordStart < MaxAbbreviationLength)
        {
            var previous = text[wordStart - 1];
            if (CharClass.IsLetter(previous))
            {
                wordStart--;
            }
            else if (previous == '.' && wordStart < dot && wordStart >= 2 && CharClass.IsLetter(text[wordStart - 2]))
            {
                // An inner dot of an initialism: "U.S", "e.g", "Ph.D".
                wordStart--;
            }
            else
            {
                break;
            }
        }

        if (wordStart == dot || (wordStart > 0 && (CharClass.IsLetter(text[wordStart - 1]) || CharClass.IsDigit(text[wordStart - 1]))))
        {
            return AbbreviationKind.None;
        }

        var word = text[wordStart..dot];
        var kind = SentenceLexicon.Instance.Abbreviation(word);
        if (kind != AbbreviationKind.None)
        {
            return kind;
        }

        // Unlisted initialisms ("U.S.", "a.m.") and initials ("W. D. Matthews") may or may not end a sentence.
        return word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) ? AbbreviationKind.Ambiguous : AbbreviationKind.None;
    }

    /// <summary>True when the word at <paramref name="index"/>, after any opening quotes or brackets, is a sentence starter.</summary>
    private static bool StartsWithStarter(ReadOnlySpan<char> text, int index)
    {
        var i = index;
        while (i < text.Length && i - index < MaxOpeners && (CharClass.IsPunctuation(text[i]) || text[i] == '*'))
        {
            i++;
        }

        var wordStart = i;
        while (i < text.Length && i - wordStart <= MaxStarterLength && CharClass.IsLetter(text[i]))
        {
            i++;
        }

        return i > wordStart && i - wordStart <= MaxStarterLength && SentenceLexicon.Instance.IsStarter(text[wordStart..i]);
    }

    /// <summary>'.', '?', '!', an ellipsis and their variants.</summary>
    private static bool IsStop(char c) => c is '.' or '?' or '!' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>What may follow a stop and still belong to its sentence: closing quotes and brackets, emphasis marks.</summary>
    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '*' or '_';
}
