using System.Globalization;
using System.Text;
using SpeechActClassifier.Tests.Reliability;

namespace SpeechActClassifier.Cli.Tests.Reliability;

/// <summary>
/// Writes JSONL files the way careless scrapers do, and worse: texts (from <see cref="HostileText"/>) encoded with
/// <c>\uXXXX</c> escapes of every class (lone and reversed surrogates, NUL, noncharacters) in values and names, duplicate
/// keys, numbers and objects where strings belong, values nested 10^5 deep, overlong values, raw NUL bytes, invalid
/// UTF-8 of every kind, byte order marks, LF, CRLF and lone CR mixed, lines that are not JSON objects, and lines of
/// 100 MB. Each line it writes that is not blank is one input record, which is how many records a reader must give back.
/// </summary>
/// <param name="random">Chooses what each line holds; a fixed seed gives the same file.</param>
/// <param name="nextText">Hostile text, as from <see cref="HostileText.Strings"/>.</param>
internal sealed class HostileJsonl(Random random, Func<string> nextText)
{
    /// <summary>The length of the 100 MB lines, beyond any reader's line limit.</summary>
    public const long HugeLineBytes = 100L * 1024 * 1024;

    private static readonly string[] Names = ["id", "text", "title", "url", "body", "meta", "", "\\u0000", "\\ud800", "te\\u0078t", "TEXT"];

    /// <summary>Writes <paramref name="lines"/> record lines (and blank lines among them), <paramref name="hugeLines"/> of them 100 MB long.</summary>
    /// <returns>How many records a reader must give back: the lines that are not blank.</returns>
    public int Write(Stream output, int lines, int hugeLines = 0)
    {
        if (random.Next(4) == 0)
        {
            output.Write(HostileBytes.ByteOrderMarks[0]);
        }

        var line = new MemoryStream();
        var huge = new HashSet<int>(Enumerable.Range(0, hugeLines).Select(_ => random.Next(lines)));
        for (var i = 0; i < lines; i++)
        {
            if (huge.Contains(i))
            {
                output.WriteUtf8("{\"id\": \"huge\", \"text\": \"");
                output.WriteHugeRun(HugeLineBytes, (byte)'x');
                output.WriteUtf8("\"}\n");
                continue;
            }

            line.SetLength(0);
            WriteRecord(line);

            // A lone CR between two objects does not end the line: both are one record, which is not valid JSON.
            if (random.Next(50) == 0)
            {
                line.WriteUtf8("\r");
                WriteRecord(line);
            }

            output.Write(line.GetBuffer(), 0, (int)line.Length);
            var last = i == lines - 1;
            if (!last || random.Next(2) == 0)
            {
                output.WriteUtf8(HostileBytes.LineEnd(random));
            }

            if (!last && random.Next(30) == 0)
            {
                output.WriteUtf8(random.Pick(HostileBytes.BlankLines) + HostileBytes.LineEnd(random));
            }
        }

        return lines;
    }

    private void WriteRecord(Stream line)
    {
        switch (random.Next(100))
        {
            case < 45:
                WriteObject(line, Field("id", Str()), Field("text", Str()));
                break;
            case < 52:
                WriteObject(line, Field(random.Pick(Names), Str()), Field("text", Str()), Field(random.Pick(Names), Str()), Field("id", Value(depth: 0)));
                break;
            case < 57:
                // Duplicate keys: the last one counts, whatever its type.
                WriteObject(line, Field("text", Str()), Field("id", Str()), Field("text", random.Next(2) == 0 ? Str() : Value(depth: 0)));
                break;
            case < 63:
                // Numbers, literals, arrays and objects where strings belong.
                WriteObject(line, Field("id", Value(depth: 0)), Field("text", Value(depth: 0)));
                break;
            case < 66:
                WriteObject(line, Field("id", Str()), Field("text", Str()), Field("meta", s => Nested(s, random.Next(2) == 0 ? 65 : random.Next(3) == 0 ? 100_000 : 1000)));
                break;
            case < 67:
                Nested(line, 100_000);
                break;
            case < 74:
                WriteWithRawBytes(line);
                break;
            case < 77:
                line.Write(random.Pick(HostileBytes.ByteOrderMarks));
                WriteObject(line, Field("id", Str()), Field("text", Str()));
                break;
            case < 87:
                line.WriteUtf8(random.Pick(NotAnObject));
                break;
            case < 91:
                WriteObject(line, Field("id", Str()), Field("text", s => s.WriteUtf8(random.Pick(EmptyTexts))));
                break;
            case < 92 when random.Next(10) == 0:
                // An overlong but valid value: an article of 64 KB to 1 MB, or an id as long (rare: scoring one takes milliseconds).
                var length = random.Next(64 * 1024, 1024 * 1024);
                WriteObject(line, Field("id", random.Next(2) == 0 ? Str() : s => WriteString(s, new string('i', length))), Field("text", s => WriteString(s, HostileText.Repeated(nextText(), length))));
                break;
            default:
                // Fields in any order, some missing.
                WriteObject(line, [.. new[] { Field("text", Str()), Field("id", Str()), Field("source", Str()) }.Where(_ => random.Next(5) > 0).OrderBy(_ => random.Next())]);
                break;
        }
    }

    private static readonly string[] NotAnObject =
    [
        "[1, 2, 3]", "\"just a string\"", "42", "null", "true", "{}", "{\"id\": \"x\", \"text\": \"cut", "{\"id\": \"x\"} trailing",
        "{\"a\": 1}{\"b\": 2}", "// a comment", "{'id': 'x', 'text': 'single quotes'}", "{\"text\": \"x\",}", "{\"text\": NaN}",
        "{text: \"unquoted name\"}", "{\"text\": \"bad \\x escape\"}", "{\"text\": \"bad \\u12 escape\"}", "{\"text\": \"tab\tinside\"}",
        "<html><body>404</body></html>", "{\"text\": \"x\" \"id\": \"y\"}", "{\"text\":", "}", "\u0000", "\uFEFF\uFEFF",
    ];

    private static readonly string[] EmptyTexts = ["\"\"", "\"   \"", "\"\\n\\t \\r\"", "\"\\u2028\\u3000\"", "\"\\u00a0\""];

    private Action<Stream> Str() => s => WriteString(s, nextText());

    private static Action<Stream> Field(string name, Action<Stream> value) => s =>
    {
        s.WriteUtf8("\"" + name + "\"");
        s.WriteUtf8(": ");
        value(s);
    };

    private void WriteObject(Stream line, params Action<Stream>[] fields)
    {
        line.WriteUtf8("{");
        for (var i = 0; i < fields.Length; i++)
        {
            line.WriteUtf8(i == 0 ? string.Empty : random.Next(10) == 0 ? ",\r" : ", ");
            fields[i](line);
        }

        line.WriteUtf8("}");
    }

    /// <summary>Any JSON value but a plain string, sometimes nested.</summary>
    private Action<Stream> Value(int depth) => random.Next(depth > 2 ? 6 : 9) switch
    {
        0 => s => s.WriteUtf8(random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture)),
        1 => s => s.WriteUtf8(random.Pick(["1e99999", "-0", "1.5e-400", "123456789012345678901234567890", "0.1", "-1e309"])),
        2 => s => s.WriteUtf8(random.Pick(["true", "false", "null"])),
        3 => s => WriteString(s, nextText()),
        4 => s => s.WriteUtf8("[]"),
        5 => s => s.WriteUtf8("{}"),
        6 => s =>
        {
            s.WriteUtf8("[");
            Value(depth + 1)(s);
            s.WriteUtf8(", ");
            Value(depth + 1)(s);
            s.WriteUtf8("]");
        },
        _ => s => WriteObject(s, Field(random.Pick(Names), Value(depth + 1)), Field("text", Value(depth + 1))),
    };

    private void Nested(Stream line, int depth)
    {
        var (open, close) = random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        for (var i = 0; i < depth; i++)
        {
            line.WriteUtf8(open);
        }

        line.WriteUtf8("\"\\ud800\"");
        for (var i = 0; i < depth; i++)
        {
            line.WriteUtf8(close);
        }
    }

    /// <summary>An object with raw bytes where they do not belong: NUL, controls (not LF, which would end the line) and invalid UTF-8, inside a value, a name or between tokens.</summary>
    private void WriteWithRawBytes(Stream line)
    {
        var raw = random.Next(3) == 0 ? [0x00] : random.Next(4) == 0 ? [(byte)random.Next(0x0B, 0x20)] : random.Pick(HostileBytes.InvalidUtf8);
        switch (random.Next(3))
        {
            case 0:
                line.WriteUtf8("{\"id\": \"r\", \"text\": \"War is ");
                line.Write(raw);
                line.WriteUtf8(" coming.\"}");
                break;
            case 1:
                line.WriteUtf8("{\"te");
                line.Write(raw);
                line.WriteUtf8("xt\": \"War is coming.\", \"text\": \"Peace.\"}");
                break;
            default:
                line.WriteUtf8("{\"id\": \"r\",");
                line.Write(raw);
                line.WriteUtf8("\"text\": \"War is coming.\"}");
                break;
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/> as a JSON string, each code unit raw or escaped at random and, between units,
    /// escapes of every class; a lone surrogate can only be written as an escape, which is how such text reaches JSON.
    /// </summary>
    private void WriteString(Stream line, string text)
    {
        var json = new StringBuilder(text.Length + 16).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (random.Next(40) == 0)
            {
                json.Append(random.Pick(HostileBytes.JsonEscapes));
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && random.Next(2) == 0)
            {
                json.Append(c).Append(text[++i]);
            }
            else if (c is '"' or '\\' || c < ' ' || char.IsSurrogate(c) || (c > '~' && random.Next(3) == 0))
            {
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                json.Append(c);
            }
        }

        line.WriteUtf8(json.Append('"').ToString());
    }
}
