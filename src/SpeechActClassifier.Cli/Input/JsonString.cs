using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// Decodes JSON strings and property names from their raw UTF-8 without ever throwing. System.Text.Json's
/// <see cref="JsonElement.GetString"/> and <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> throw
/// <see cref="InvalidOperationException"/> on a <c>\uXXXX</c> escape that decodes to a lone surrogate (grammatical
/// JSON, but not valid UTF-16), which once stopped a whole run; here each escape becomes the code unit it names and
/// <see cref="WellFormedText"/> later replaces what is lone.
/// </summary>
internal static class JsonString
{
    /// <summary>The value of a string element.</summary>
    public static string Read(JsonElement value)
    {
        var raw = JsonMarshal.GetRawUtf8Value(value);
        return Unescape(raw.Length >= 2 ? raw[1..^1] : []);
    }

    /// <summary>The name of a property.</summary>
    public static string Name(JsonProperty property) => Unescape(JsonMarshal.GetRawUtf8PropertyName(property));

    /// <summary>
    /// The UTF-16 text of the raw UTF-8 between a JSON string's quotes: escapes decoded, each <c>\uXXXX</c> to its code
    /// unit as it is, paired or not. A malformed escape (which a JSON parser has already rejected) becomes U+FFFD.
    /// </summary>
    public static string Unescape(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOf((byte)'\\') < 0)
        {
            return Encoding.UTF8.GetString(raw);
        }

        // Every byte gives at most one char: a UTF-8 sequence of n bytes gives at most n, an escape fewer than its bytes.
        var buffer = ArrayPool<char>.Shared.Rent(raw.Length);
        try
        {
            var written = 0;
            while (!raw.IsEmpty)
            {
                var backslash = raw.IndexOf((byte)'\\');
                var run = backslash < 0 ? raw : raw[..backslash];
                written += Encoding.UTF8.GetChars(run, buffer.AsSpan(written));
                if (backslash < 0)
                {
                    break;
                }

                raw = raw[(backslash + 1)..];
                buffer[written++] = Escaped(ref raw);
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The char an escape stands for; <paramref name="raw"/> starts after the backslash and is advanced past the escape.</summary>
    private static char Escaped(ref ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
        {
            return WellFormedText.Replacement;
        }

        var kind = raw[0];
        raw = raw[1..];
        switch (kind)
        {
            case (byte)'"': return '"';
            case (byte)'\\': return '\\';
            case (byte)'/': return '/';
            case (byte)'b': return '\b';
            case (byte)'f': return '\f';
            case (byte)'n': return '\n';
            case (byte)'r': return '\r';
            case (byte)'t': return '\t';
            case (byte)'u' when raw.Length >= 4 && HexValue(raw[..4]) is { } unit:
                raw = raw[4..];
                return (char)unit;
            default:
                return WellFormedText.Replacement;
        }
    }

    private static int? HexValue(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            var nibble = digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
                _ => -1,
            };
            if (nibble < 0)
            {
                return null;
            }

            value = (value << 4) | nibble;
        }

        return value;
    }
}
