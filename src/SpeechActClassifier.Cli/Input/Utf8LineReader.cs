using System.Text;

namespace SpeechActClassifier.Cli.Input;

/// <summary>
/// Reads a stream line by line as bytes and decodes each line on its own with a strict UTF-8 decoder, so one line
/// of invalid UTF-8 becomes one line with an error instead of stopping the whole file (a <see cref="StreamReader"/>
/// would replace the bytes silently or throw for the rest of the stream). Memory stays at one line.
/// </summary>
internal static class Utf8LineReader
{
    /// <summary>
    /// The longest line kept, in bytes (16 MiB, far beyond any article): a longer one is skipped to its end and
    /// reported as an error, so one runaway line cannot take the memory of the whole input.
    /// </summary>
    public const int MaxLineBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The lines of <paramref name="stream"/>; a UTF-8 byte order mark at the start is skipped; "\r\n" and "\n" end lines.</summary>
    public static IEnumerable<ByteLine> Read(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        long number = 0;
        long skipped = 0;
        var first = true;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            if (first)
            {
                first = false;
                if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    start = 3;
                }
            }

            for (var i = start; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                Append(line, buffer, start, i - start, ref skipped);
                start = i + 1;
                yield return skipped > 0 ? TooLong(++number, skipped + 1) : Decode(++number, line, terminated: true);
                line.SetLength(0);
                skipped = 0;
            }

            Append(line, buffer, start, read - start, ref skipped);
        }

        if (skipped > 0)
        {
            yield return TooLong(++number, skipped);
        }
        else if (line.Length > 0)
        {
            yield return Decode(++number, line, terminated: false);
        }
    }

    /// <summary>Adds bytes to the line, or counts them once the line is over <see cref="MaxLineBytes"/>.</summary>
    private static void Append(MemoryStream line, byte[] buffer, int start, int count, ref long skipped)
    {
        if (skipped == 0 && line.Length + count <= MaxLineBytes)
        {
            line.Write(buffer, start, count);
            return;
        }

        skipped += line.Length + count;
        line.SetLength(0);
    }

    private static ByteLine TooLong(long number, long bytes) =>
        new(number, null, $"the line is {bytes:N0} bytes long, over the limit of {MaxLineBytes:N0}", bytes);

    private static ByteLine Decode(long number, MemoryStream line, bool terminated)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        var total = bytes.Length + (terminated ? 1 : 0);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        try
        {
            return new ByteLine(number, Strict.GetString(bytes), null, total);
        }
        catch (DecoderFallbackException ex)
        {
            return new ByteLine(number, null, $"invalid UTF-8 at byte {ex.Index} of the line", total);
        }
    }
}
