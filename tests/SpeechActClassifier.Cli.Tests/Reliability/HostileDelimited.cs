using System.Text;
using SpeechActClassifier.Tests.Reliability;

namespace SpeechActClassifier.Cli.Tests.Reliability;

/// <summary>
/// Writes CSV and TSV files as spreadsheets and scrapers leave them: quotes in every position of a field (opening,
/// inside, closing, doubled, followed by junk, never closed), quoted line breaks, ragged rows, headers that are
/// quoted, duplicated, lack the text column, are not UTF-8 or stand alone, byte order marks, NUL bytes, invalid UTF-8,
/// LF, CRLF and lone CR mixed, blank lines, long fields and lines of 100 MB. Texts come from <see cref="HostileText"/>.
/// </summary>
/// <param name="random">Chooses what each row holds; a fixed seed gives the same file.</param>
/// <param name="nextText">Hostile text, as from <see cref="HostileText.Strings"/>.</param>
internal sealed class HostileDelimited(Random random, Func<string> nextText)
{
    /// <summary>
    /// Writes a header and up to <paramref name="rows"/> rows, <paramref name="hugeLines"/> of them 100 MB long. Most
    /// files keep every quote problem within its row (a quote left open only on the last row), so each row written is
    /// one record; one in five is a quote storm, where an open quote may legitimately join the rows after it into
    /// one field and the number of records is not known in advance.
    /// </summary>
    /// <returns>How many records a reader must give back, and whether that number is exact or only an upper bound.</returns>
    public (int Records, bool Exact) Write(Stream output, char delimiter, int rows, int hugeLines = 0)
    {
        var storm = random.Next(5) == 0;
        var d = delimiter.ToString();
        // Two files in five have an ordinary header; the rest one of ten hostile ones, equally often.
        switch (random.Next(25))
        {
            case 0:
                return (0, true);
            case 1:
                output.WriteUtf8($"id{d}text" + HostileBytes.LineEnd(random));
                return (0, true);
            case 2:
                output.Write(HostileBytes.ByteOrderMarks[0]);
                output.WriteUtf8($"id{d}text");
                break;
            case 3:
                output.WriteUtf8("text");
                break;
            case 4:
                output.WriteUtf8($"id{d}title{d}text{d}url");
                break;
            case 5:
                output.WriteUtf8($"\"id\"{d}\"te\"\"xt\"{d}\"text\"");
                break;
            case 6:
                output.WriteUtf8($"id{d}text{d}text");
                break;
            case 7:
                output.WriteUtf8($"id{d}body");
                break;
            case 8:
                output.WriteUtf8("id");
                output.Write(random.Pick(HostileBytes.InvalidUtf8));
                output.WriteUtf8($"{d}text");
                break;
            case 9:
                output.WriteUtf8($"id{d}te\"xt");
                break;
            default:
                output.WriteUtf8($"id{d}text");
                break;
        }

        output.WriteUtf8(HostileBytes.LineEnd(random));
        var huge = new HashSet<int>(Enumerable.Range(0, hugeLines).Select(_ => random.Next(rows)));
        for (var i = 0; i < rows; i++)
        {
            if (huge.Contains(i))
            {
                output.WriteUtf8($"huge{d}\"");
                output.WriteHugeRun(HostileJsonl.HugeLineBytes, (byte)'x');
                output.WriteUtf8("\"\n");
                continue;
            }

            var multiline = WriteRow(output, delimiter, storm, lastRow: i == rows - 1);
            var last = i == rows - 1;
            if (!last || random.Next(2) == 0)
            {
                // CR CR LF leaves a CR after a closing quote, which makes the row malformed: see WriteRow.
                output.WriteUtf8(multiline ? random.Pick(["\n", "\r\n"]) : HostileBytes.LineEnd(random));
            }

            if (!last && random.Next(30) == 0)
            {
                output.WriteUtf8(random.Pick(HostileBytes.BlankLines).Replace("\t", " ", StringComparison.Ordinal) + HostileBytes.LineEnd(random));
            }
        }

        return (rows, !storm);
    }

    /// <summary>Writes one row; returns whether it may span lines.</summary>
    private bool WriteRow(Stream output, char delimiter, bool storm, bool lastRow)
    {
        // Outside a storm a row either spans lines and is otherwise well formed, or stays on one line with any problem:
        // a row that spans lines and is malformed is reported once and its later lines are read again as rows, and a
        // line that is not UTF-8 ends a quoted field, so either would change the number of records.
        var multiline = !storm && random.Next(4) == 0;
        var fields = random.Next(10) switch
        {
            0 => 1,
            1 => 2 + random.Next(6),
            _ => 2,
        };
        for (var f = 0; f < fields; f++)
        {
            if (f > 0)
            {
                output.WriteUtf8(delimiter.ToString());
            }

            if (f == 0)
            {
                // The id is never blank, so no row is taken for a blank line.
                output.WriteUtf8(random.Next(3) == 0 ? Quoted("id " + random.Next(), lineBreaks: false) : "r" + random.Next());
            }
            else if (multiline)
            {
                output.WriteUtf8(random.Next(3) == 0 ? Unquoted(nextText(), delimiter) : Quoted(nextText(), lineBreaks: true));
            }
            else if (random.Next(12) == 0)
            {
                output.WriteUtf8(Unquoted(nextText(), delimiter));
                output.Write(random.Next(3) == 0 ? [0x00] : random.Pick(HostileBytes.InvalidUtf8));
            }
            else
            {
                output.WriteUtf8(Field(delimiter, lineBreaks: storm, openQuote: storm || (lastRow && f == fields - 1)));
            }
        }

        return multiline || storm;
    }

    private string Field(char delimiter, bool lineBreaks, bool openQuote)
    {
        var text = nextText();
        switch (random.Next(openQuote ? 12 : 10))
        {
            case 0:
                return string.Empty;
            case 1:
                return random.Pick(["   ", "\u00A0", "\"\"", "\" \""]);
            case 2:
                // A quote inside or at the end of an unquoted field.
                var unquoted = Unquoted(text, delimiter);
                var at = random.Next(unquoted.Length + 1);
                return unquoted[..at] + "\"" + unquoted[at..];
            case 3:
                // Junk after the closing quote (never a quote, which would continue the field).
                return Quoted(text, lineBreaks: false) + random.Pick(["x", " ", "\u00E9", "\t "]);
            case 4:
                return Quoted(text.Length > 0 ? text[..(text.Length / 2)] : text, lineBreaks) + delimiter + Quoted(text, lineBreaks: false);
            case 5:
                // A long field: mostly 100 characters, rarely 64 to 512 KB (scoring one takes milliseconds).
                return Quoted(new string('w', random.Next(1, 4)) + HostileText.Repeated(text, random.Next(40) > 0 ? 100 : random.Next(64 * 1024, 512 * 1024)), lineBreaks: false);
            case 10:
                // A quote that never closes on this row.
                return "\"" + Unquoted(text, delimiter);
            case 11:
                return random.Pick(["\"", "\"\"\"", "\"x\"\"", "\"a\"\"\"\"", "\"\"\"\"\"\"\""]);
            default:
                return random.Next(2) == 0 ? Unquoted(text, delimiter) : Quoted(text, lineBreaks);
        }
    }

    /// <summary>A field in quotes, quotes inside doubled; with <paramref name="lineBreaks"/>, LF and CRLF inside too.</summary>
    private string Quoted(string text, bool lineBreaks)
    {
        var inner = text;
        if (lineBreaks && inner.Length > 0 && random.Next(3) == 0)
        {
            var at = random.Next(inner.Length);
            inner = inner[..at] + random.Pick(["\n", "\r\n", "\n\n", "\n\"\n"]) + inner[at..];
        }
        else
        {
            inner = inner.Replace("\n", " ", StringComparison.Ordinal);
        }

        return "\"" + inner.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>The text without what an unquoted field may not hold: quotes, the delimiter and line feeds.</summary>
    private static string Unquoted(string text, char delimiter)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            kept.Append(c is '"' or '\n' || c == delimiter ? ' ' : c);
        }

        return kept.Length == 0 ? "w" : kept.ToString();
    }
}
